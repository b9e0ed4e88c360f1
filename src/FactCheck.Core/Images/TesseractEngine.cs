using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactCheck.Core.Images;

/// <summary>One TessBaseAPI handle, initialised once (loading the language data takes a while), used by one thread at a time.</summary>
internal sealed unsafe class TesseractEngine : IDisposable
{
    private readonly IntPtr _handle;

    private TesseractEngine(IntPtr handle) => _handle = handle;

    /// <summary>Null and a reason when the library or a language's data is missing.</summary>
    public static TesseractEngine? TryCreate(string tessdataPath, string languages, out string? problem)
    {
        problem = null;
        LimitOpenMpThreads();
        IntPtr handle;
        try
        {
            handle = TesseractNative.TessBaseAPICreate();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            problem = "libtesseract5 is not installed (apt-get install libtesseract5 tesseract-ocr-ind tesseract-ocr-eng).";
            return null;
        }

        var missing = languages.Split('+', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !File.Exists(Path.Combine(tessdataPath, l + ".traineddata"))).ToList();
        if (missing.Count > 0 || TesseractNative.TessBaseAPIInit3(handle, tessdataPath, languages) != 0)
        {
            TesseractNative.TessBaseAPIDelete(handle);
            problem = $"Tesseract language data ({string.Join(", ", missing.DefaultIfEmpty(languages))}) is not in {tessdataPath} (Images:TessdataPath).";
            return null;
        }

        // The image comes as pixels without a resolution; without one Tesseract warns and guesses.
        _ = TesseractNative.TessBaseAPISetVariable(handle, "user_defined_dpi", "300");
        return new TesseractEngine(handle);
    }

    /// <summary>
    /// Debian's libtesseract runs OpenMP threads, one per core, inside each recognition; with one recognition per core
    /// already, that oversubscribes the cores. libgomp reads OMP_THREAD_LIMIT when libtesseract first loads, so it is set
    /// before the first call into it, unless the operator set it.
    /// </summary>
    private static void LimitOpenMpThreads()
    {
        if (OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT") is null)
        {
            try
            {
                _ = LibC.SetEnv("OMP_THREAD_LIMIT", "1", overwrite: 0);
            }
            catch (DllNotFoundException)
            {
                // Not glibc (e.g. musl under another name): recognition still works, only with more threads.
            }
        }
    }

    /// <summary>Recognises the text, giving up after <paramref name="timeout"/> or when the token is cancelled.</summary>
    public (string Text, bool Stopped) Recognise(GreyImage image, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var monitor = TesseractNative.TessMonitorCreate();
        var token = GCHandle.Alloc(new CancelState(cancellationToken));
        try
        {
            var deadline = DateTime.UtcNow + timeout;
            TesseractNative.TessMonitorSetDeadlineMSecs(monitor, (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds));
            TesseractNative.TessMonitorSetCancelFunc(monitor, &ShouldCancel);
            TesseractNative.TessMonitorSetCancelThis(monitor, GCHandle.ToIntPtr(token));
            int failed;
            fixed (byte* pixels = image.Pixels)
            {
                TesseractNative.TessBaseAPISetImage(_handle, pixels, image.Width, image.Height, 1, image.Width);
                failed = TesseractNative.TessBaseAPIRecognize(_handle, monitor);
            }

            // A stopped recognition leaves partial text: discard it rather than check half a sentence.
            var stopped = cancellationToken.IsCancellationRequested || DateTime.UtcNow >= deadline;
            var text = stopped || failed != 0 ? string.Empty : TakeText();
            TesseractNative.TessBaseAPIClear(_handle);
            return (text, stopped);
        }
        finally
        {
            token.Free();
            TesseractNative.TessMonitorDelete(monitor);
        }
    }

    public void Dispose()
    {
        TesseractNative.TessBaseAPIEnd(_handle);
        TesseractNative.TessBaseAPIDelete(_handle);
    }

    private string TakeText()
    {
        var text = TesseractNative.TessBaseAPIGetUTF8Text(_handle);
        if (text == IntPtr.Zero)
        {
            return string.Empty;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text) ?? string.Empty;
        }
        finally
        {
            TesseractNative.TessDeleteText(text);
        }
    }

    /// <summary>Tesseract polls this between words; a cancelled request stops recognition within a word or so.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static byte ShouldCancel(IntPtr cancelThis, int words) =>
        cancelThis != IntPtr.Zero && GCHandle.FromIntPtr(cancelThis).Target is CancelState { Token.IsCancellationRequested: true } ? (byte)1 : (byte)0;

    private sealed record CancelState(CancellationToken Token);
}
