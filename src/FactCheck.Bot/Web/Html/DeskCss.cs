namespace FactCheck.Bot.Web.Html;

/// <summary>The desk's one stylesheet, served from the desk itself (no asset from another site).</summary>
internal static class DeskCss
{
    public const string Text = """
        body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
        header{display:flex;justify-content:space-between;align-items:center;background:#123;color:#fff;padding:.4rem 1rem;flex-wrap:wrap}
        header a{color:#fff;margin-right:1rem;text-decoration:none;font-weight:600}
        .who{display:flex;gap:.5rem;align-items:center}
        .who form{display:inline}
        main{max-width:70rem;margin:0 auto;padding:1rem}
        table{border-collapse:collapse;width:100%;background:#fff}
        th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
        .tiptext{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #ccc;padding:.6rem;max-height:30rem;overflow:auto}
        .reply{white-space:pre-wrap;overflow-wrap:anywhere;background:#eef6ee;border:1px solid #9c9;padding:.6rem}
        .problem{background:#fde8e8;border:1px solid #d88;padding:.5rem}
        .done{background:#e8f6e8;border:1px solid #8c8;padding:.5rem}
        form.inline{display:inline}
        label{display:block;margin:.4rem 0 .1rem}
        input[type=text],input[type=url],select,textarea{width:100%;max-width:40rem;box-sizing:border-box;padding:.3rem}
        textarea{min-height:6rem}
        button{padding:.3rem .8rem;cursor:pointer}
        .filters{display:flex;gap:.6rem;flex-wrap:wrap;align-items:end;margin-bottom:1rem}
        .filters label{margin:0}
        .filters input,.filters select{width:auto}
        svg{background:#fff;border:1px solid #ddd;max-width:100%;height:auto}
        .muted{color:#666}
        """;
}
