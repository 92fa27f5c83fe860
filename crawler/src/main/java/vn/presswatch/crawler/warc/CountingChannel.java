package vn.presswatch.crawler.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * The archive's bytes as jwarc reads them, counted, so that a parse failure in the last few bytes of the input can
 * be told apart from corruption in the middle: jwarc reports both as a malformed record.
 *
 * <p>Deliberately not a {@link java.nio.channels.SeekableByteChannel}: given a seekable file, jwarc skips the rest
 * of a record by moving the file position, and a record cut short by the end of the file then passes unnoticed.
 * Reading it through costs nothing for gzip archives, which must be inflated anyway.
 */
final class CountingChannel implements ReadableByteChannel {

    private final ReadableByteChannel channel;
    private long bytesRead;
    private boolean ended;

    CountingChannel(ReadableByteChannel channel) {
        this.channel = channel;
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        int n = channel.read(destination);
        if (n > 0) {
            bytesRead += n;
        } else if (n < 0) {
            ended = true;
        }
        return n;
    }

    /** Bytes read so far. */
    long bytesRead() {
        return bytesRead;
    }

    /** Whether the end of the input has been reached; {@link #bytesRead()} is then its length. */
    boolean ended() {
        return ended;
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
