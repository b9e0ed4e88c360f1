using BenchmarkDotNet.Running;
using FactCheck.Benchmarks;

// `quality --data DIR ...` and `fuse --data DIR ...` print retrieval figures; anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args.Length > 0 && args[0] is "quality" or "fuse")
{
    var named = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 1; i + 1 < args.Length; i += 2)
    {
        named[args[i].TrimStart('-')] = args[i + 1];
    }

    return args[0] == "quality"
        ? await QualityRun.RunAsync(named, CancellationToken.None)
        : await FuseRun.RunAsync(named, CancellationToken.None);
}

BenchmarkSwitcher.FromAssembly(typeof(BenchData).Assembly).Run(args);
return 0;
