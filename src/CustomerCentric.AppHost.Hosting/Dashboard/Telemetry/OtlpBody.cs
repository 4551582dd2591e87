using System.IO.Compression;
using Microsoft.AspNetCore.Http;

namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>An OTLP/HTTP request body as bytes, inflated when the exporter compressed it (OTEL_EXPORTER_OTLP_COMPRESSION=gzip).</summary>
internal static class OtlpBody
{
    /// <summary>More than any batch the exporters send (512 spans by default): a larger body is refused, not buffered.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <exception cref="InvalidDataException">The body is larger than <see cref="MaxBytes"/> or not valid gzip.</exception>
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var gzip = string.Equals(request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true)
            : null;
        await using (gzip)
        {
            var body = gzip ?? request.Body;
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new InvalidDataException($"The body is larger than {MaxBytes / (1024 * 1024)} MB.");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
