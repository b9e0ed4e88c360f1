namespace FactCheck.Bot.Hosting;

/// <summary>Where the demo claims loaded into an empty store live (configuration section "Seeds").</summary>
public sealed class SeedOptions
{
    /// <summary>Folder of ClaimReview files imported when the store is empty; relative to the content root.</summary>
    public string Directory { get; set; } = "seeds";

    /// <summary>False to start with an empty store.</summary>
    public bool LoadWhenEmpty { get; set; } = true;
}
