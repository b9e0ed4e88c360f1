using System.Globalization;

namespace FactCheck.Bot.Tests.Feeds;

/// <summary>The configuration a feed test runs with: its own store, the fake site's sources, no pause between requests.</summary>
internal static class FeedSettings
{
    public static Dictionary<string, string?> For(TestStore store, FakeFactCheckSite site, long maxPageBytes, params (string Name, string Kind, string Path)[] sources)
    {
        var settings = store.Settings;
        settings["Feeds:MinDelayMsPerHost"] = "0";
        settings["Feeds:MaxPageBytes"] = maxPageBytes.ToString(CultureInfo.InvariantCulture);
        settings["Feeds:ContactUrl"] = "https://bot.example/contact";
        for (var i = 0; i < sources.Length; i++)
        {
            var prefix = $"Feeds:Sources:{i.ToString(CultureInfo.InvariantCulture)}:";
            settings[prefix + "Name"] = sources[i].Name;
            settings[prefix + "Kind"] = sources[i].Kind;
            settings[prefix + "Url"] = site.BaseUrl + sources[i].Path;
            if (sources[i].Kind == "FactCheckApi")
            {
                settings[prefix + "Query"] = "vaksin";
                settings[prefix + "LanguageCode"] = "id";
            }
        }

        return settings;
    }
}
