using BenchmarkDotNet.Running;
using FactCheck.Benchmarks;

// `quality --data DIR ...`, `fuse --data DIR ...` and `calibrate --data DIR ...` print retrieval figures; `live --claims FILE` the index under single-claim updates; `store --db FILE --queries FILE` a restart and check latency on an existing store; `images` image-reading times; `ann` the vector index alone (recall@50, query time, memory); `pipeline` check times over an existing store and index; `throughput` messages per second answered through the fake Telegram webhook (SQLite, PostgreSQL, two instances); anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args.Length > 0 && args[0] is "quality" or "fuse" or "calibrate" or "live" or "images" or "store" or "ann" or "pipeline" or "throughput")
{
    var named = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 1; i + 1 < args.Length; i += 2)
    {
        named[args[i].TrimStart('-')] = args[i + 1];
    }

    return args[0] switch
    {
        "quality" => await QualityRun.RunAsync(named, CancellationToken.None),
        "calibrate" => await CalibrateRun.RunAsync(named, CancellationToken.None),
        "live" => await LiveUpdateRun.RunAsync(named, CancellationToken.None),
        "images" => await ImageRun.RunAsync(named, CancellationToken.None),
        "store" => await StoreRun.RunAsync(named, CancellationToken.None),
        "ann" => await AnnRun.RunAsync(named, CancellationToken.None),
        "pipeline" => await PipelineRun.RunAsync(named, CancellationToken.None),
        "throughput" => await ThroughputRun.RunAsync(named, CancellationToken.None),
        _ => await FuseRun.RunAsync(named, CancellationToken.None),
    };
}

BenchmarkSwitcher.FromAssembly(typeof(BenchData).Assembly).Run(args);
return 0;
