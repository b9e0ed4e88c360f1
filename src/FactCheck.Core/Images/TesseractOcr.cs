using System.Collections.Concurrent;

namespace FactCheck.Core.Images;

/// <summary>
/// OCR through libtesseract in process. At most one recognition per core runs at a time (Images:MaxConcurrentOcr);
/// engines are kept and reused because initialising one loads tens of megabytes of language data. When the
/// library or data is missing every call answers <see cref="OcrStatus.Unavailable"/> with the reason.
/// </summary>
public sealed class TesseractOcr : IDisposable
{
    private readonly ImageOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly Lazy<string?> _problem;

    public TesseractOcr(ImageOptions options)
    {
        _options = options;
        var slots = options.MaxConcurrentOcr > 0 ? options.MaxConcurrentOcr : Environment.ProcessorCount;
        _slots = new SemaphoreSlim(slots, slots);
        _problem = new Lazy<string?>(Probe, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>What is missing for OCR, found cheaply (the library loads, the language files exist) without loading
    /// any language data, so a host can say so once at start; null when nothing is seen missing.</summary>
    public string? InstallationProblem()
    {
        if (!System.Runtime.InteropServices.NativeLibrary.TryLoad(TesseractNative.Library, typeof(TesseractOcr).Assembly, null, out _))
        {
            return "libtesseract5 is not installed (apt-get install libtesseract5 tesseract-ocr-ind tesseract-ocr-eng).";
        }

        var missing = _options.OcrLanguages.Split('+', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !File.Exists(Path.Combine(_options.TessdataPath, l + ".traineddata"))).ToList();
        return missing.Count == 0 ? null : $"Tesseract language data ({string.Join(", ", missing)}) is not in {_options.TessdataPath} (Images:TessdataPath).";
    }

    /// <summary>Null when OCR works; otherwise a sentence saying what to install or configure.</summary>
    public string? Problem => _problem.Value;

    /// <summary>How many images are waiting for a free OCR slot (so an adapter can say "reading your image…").</summary>
    public int Waiting => Math.Max(0, _waiting);

    private int _waiting;

    /// <summary>True when OCR works and every slot is taken: the next image waits for one.</summary>
    public bool Busy => _slots.CurrentCount == 0 && Problem is null;

    public async Task<OcrResult> RecogniseAsync(GreyImage image, CancellationToken cancellationToken)
    {
        if (Problem is { } problem)
        {
            return new OcrResult(OcrStatus.Unavailable, string.Empty, problem);
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        try
        {
            var timeout = TimeSpan.FromSeconds(Math.Max(1, _options.OcrTimeoutSeconds));
            var (text, stopped) = await Task.Run(() => Recognise(image, timeout, cancellationToken), cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (stopped)
            {
                return new OcrResult(OcrStatus.TimedOut, string.Empty, $"Reading the image took longer than {timeout.TotalSeconds:0} s.");
            }

            text = text.Trim();
            return new OcrResult(text.Length > 0 ? OcrStatus.Read : OcrStatus.NoText, text);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Takes one OCR slot until the result is disposed, as a long recognition would: lets tests fill the queue
    /// without timing a real one.</summary>
    internal async Task<IDisposable> HoldSlotAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new SlotRelease(_slots);
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }

        _slots.Dispose();
    }

    private (string Text, bool Stopped) Recognise(GreyImage image, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!_idle.TryTake(out var engine))
        {
            engine = TesseractEngine.TryCreate(_options.TessdataPath, _options.OcrLanguages, out var problem)
                ?? throw new InvalidOperationException(problem);
        }

        try
        {
            return engine.Recognise(image, timeout, cancellationToken);
        }
        finally
        {
            _idle.Add(engine);
        }
    }

    /// <summary>Creates the first engine up front, so a missing library or language is found once, not per image.</summary>
    private string? Probe()
    {
        var engine = TesseractEngine.TryCreate(_options.TessdataPath, _options.OcrLanguages, out var problem);
        if (engine is not null)
        {
            _idle.Add(engine);
        }

        return problem;
    }

    private sealed class SlotRelease(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
