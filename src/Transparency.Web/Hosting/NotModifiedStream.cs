namespace Transparency.Web.Hosting;

/// <summary>
/// The response body of a request sent with <c>If-None-Match: *</c>. Whether the answer is a 200 (then a 304)
/// is known only when the response starts, so the first write starts it; once it is a 304 every write is dropped
/// (a 304 has no body) instead of being buffered.
/// </summary>
public sealed class NotModifiedStream(HttpResponse response, Stream inner) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (await StartedAsNotModifiedAsync(cancellationToken))
        {
            return;
        }
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => FlushAsync().GetAwaiter().GetResult();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!await StartedAsNotModifiedAsync(cancellationToken))
        {
            await inner.FlushAsync(cancellationToken);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private async ValueTask<bool> StartedAsNotModifiedAsync(CancellationToken cancellationToken)
    {
        if (!response.HasStarted)
        {
            await response.StartAsync(cancellationToken);
        }
        return response.StatusCode == StatusCodes.Status304NotModified;
    }
}
