namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>Whether the surface's checker fails now.</summary>
internal sealed class FailSwitch
{
    private volatile bool on;

    public bool On
    {
        get => on;
        set => on = value;
    }
}
