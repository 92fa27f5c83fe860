package vn.presswatch.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.transport.TransportException;
import jakarta.json.JsonException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import vn.presswatch.store.StoreException;

/**
 * Turns the client's failures into {@link StoreException}s that say what went wrong in words an operator can act
 * on: "Elasticsearch at URL is unreachable" for connection failures, Elasticsearch's own reason for error answers.
 */
final class EsErrors {
    private final String urls;

    EsErrors(String urls) {
        this.urls = urls;
    }

    /** A request to Elasticsearch. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    /** Runs one request, translating its failures; {@code what} says what the store was doing. */
    <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (ElasticsearchException e) {
            throw answered(what, e);
        } catch (IOException e) {
            throw failed(what, e);
        } catch (UnresolvedAddressException e) {
            throw new StoreException(what + ": Elasticsearch at " + urls + " is unreachable (unknown host)", e);
        } catch (JsonException e) {
            // An answer the client could not read: a proxy's error page, or a server of another version.
            throw new StoreException(what + ": unexpected answer from Elasticsearch at " + urls + ": " + e.getMessage(),
                    e);
        }
    }

    StoreException answered(String what, ElasticsearchException e) {
        return new StoreException(what + ": Elasticsearch at " + urls + " answered " + e.status() + " "
                + reason(e.error()), e);
    }

    StoreException failed(String what, IOException e) {
        if (isUnreachable(e)) {
            return new StoreException(what + ": Elasticsearch at " + urls + " is unreachable (" + e + ")", e);
        }
        if (e instanceof TransportException t && t.statusCode() > 0) {
            return new StoreException(what + ": Elasticsearch at " + urls + " answered HTTP " + t.statusCode() + ": "
                    + e.getMessage(), e);
        }
        return new StoreException(what + ": I/O error talking to Elasticsearch at " + urls + ": " + e, e);
    }

    /** The status of an error answer, 0 for a failure without one (I/O). */
    static int status(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return es.status();
        }
        if (e instanceof TransportException t) {
            return t.statusCode();
        }
        return 0;
    }

    /** Whether a failed request is worth repeating: overload (429), a server error, or an I/O failure. */
    static boolean retryable(Exception e) {
        int status = status(e);
        return status == 0 ? e instanceof IOException : isRetryableStatus(status);
    }

    static boolean isRetryableStatus(int status) {
        return status == 429 || status >= 500;
    }

    /** "type: reason", with the root cause's reason when it says more. */
    static String reason(ErrorCause cause) {
        if (cause == null) {
            return "(no reason given)";
        }
        String text = cause.type() + ": " + cause.reason();
        if (!cause.rootCause().isEmpty()) {
            ErrorCause root = cause.rootCause().get(0);
            if (root.reason() != null && !root.reason().equals(cause.reason())) {
                text += " (caused by " + root.type() + ": " + root.reason() + ")";
            }
        } else if (cause.causedBy() != null && cause.causedBy().reason() != null) {
            text += " (caused by " + cause.causedBy().type() + ": " + cause.causedBy().reason() + ")";
        }
        return text;
    }

    static boolean isUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
