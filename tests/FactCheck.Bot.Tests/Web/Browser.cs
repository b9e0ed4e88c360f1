using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace FactCheck.Bot.Tests.Web;

/// <summary>Debian's chromium driven headless by its chromedriver; tests skip, saying what is missing, without them.</summary>
internal sealed class Browser : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Driver = "/usr/bin/chromedriver";

    private Browser(ChromeDriver driver) => Chrome = driver;

    public ChromeDriver Chrome { get; }

    /// <summary>Null when something is missing, and why.</summary>
    public static string? Missing() =>
        !File.Exists(Chromium) ? $"{Chromium} is missing (apt-get install chromium chromium-driver; .ci/run does it)"
        : !File.Exists(Driver) ? $"{Driver} is missing (apt-get install chromium-driver; .ci/run does it)"
        : null;

    public static Browser Start()
    {
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000", "--lang=en");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));

        // A lookup waits for its element to appear (the page after a click may still be loading), not for a clock.
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(15);
        return new Browser(driver);
    }

    public void Go(string url) => Chrome.Navigate().GoToUrl(url);

    public IWebElement Find(string css) => Chrome.FindElement(By.CssSelector(css));


    /// <summary>Saves the page as PNG (a failure's evidence, or the README's pictures).</summary>
    public void Screenshot(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Chrome.GetScreenshot().SaveAsFile(path);
    }

    public void Dispose()
    {
        Chrome.Quit();
        Chrome.Dispose();
    }
}
