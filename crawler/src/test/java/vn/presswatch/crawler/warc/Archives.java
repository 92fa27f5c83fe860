package vn.presswatch.crawler.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes test archives with jwarc's own writer, so the reader is tested against real WARC framing. */
final class Archives {

    static final Instant CAPTURED = Instant.parse("2025-08-18T03:30:00Z");

    private final List<WarcRecord> records = new ArrayList<>();

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String html(String title, String paragraph) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><article><h1>" + title + "</h1><p>" + paragraph + "</p></article></body></html>";
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Transfer-Encoding: chunked body in chunks of at most {@code chunk} bytes. */
    static byte[] chunked(byte[] bytes, int chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < bytes.length; i += chunk) {
            int n = Math.min(chunk, bytes.length - i);
            out.writeBytes(latin1(Integer.toHexString(n) + "\r\n"));
            out.write(bytes, i, n);
            out.writeBytes(latin1("\r\n"));
        }
        out.writeBytes(latin1("0\r\n\r\n"));
        return out.toByteArray();
    }

    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    Archives warcinfo() {
        records.add(new Warcinfo.Builder().date(CAPTURED).fields(Map.of("software", List.of("presswatch test")))
                .build());
        return this;
    }

    Archives request(String url) {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
                .addHeader("Host", URI.create(url).getHost()).build();
        try {
            records.add(new WarcRequest.Builder(url).date(CAPTURED).body(http).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Archives response(String url, int status, String contentType, byte[] body) {
        try {
            HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                    .body(MediaType.parse(contentType), body).build();
            records.add(new WarcResponse.Builder(url).date(CAPTURED).body(http).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Archives html(String url, String title, String paragraph) {
        return response(url, 200, "text/html; charset=utf-8", utf8(html(title, paragraph)));
    }

    /** A response whose HTTP message is given byte for byte (status line, headers, body as sent on the wire). */
    Archives rawResponse(String url, byte[] httpMessage, String... warcHeaders) {
        WarcResponse.Builder builder = new WarcResponse.Builder(url).date(CAPTURED)
                .body(MediaType.HTTP_RESPONSE, httpMessage);
        for (int i = 0; i + 1 < warcHeaders.length; i += 2) {
            builder.addHeader(warcHeaders[i], warcHeaders[i + 1]);
        }
        records.add(builder.build());
        return this;
    }

    Archives revisit(String url) {
        try {
            HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build();
            URI identicalPayload = URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest");
            records.add(new WarcRevisit.Builder(url, identicalPayload)
                    .refersTo(UUID.nameUUIDFromBytes(utf8(url)), URI.create(url), CAPTURED.minusSeconds(86400))
                    .date(CAPTURED).body(http).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Archives metadata(String url) {
        records.add(new WarcMetadata.Builder().targetURI(URI.create(url)).date(CAPTURED)
                .body(MediaType.parse("application/warc-fields"), latin1("fetchTimeMs: 120\r\n")).build());
        return this;
    }

    /** The WARC-Record-IDs of the records added so far, in order. */
    List<String> ids() {
        return records.stream().map(r -> r.id().toString()).toList();
    }

    /** Writes the records, gzip-compressed per record or plain; returns each record's offset in the file. */
    List<Long> writeTo(Path file, boolean gzip) {
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord record : records) {
                offsets.add(writer.position());
                writer.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return offsets;
    }
}
