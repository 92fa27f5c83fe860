package vn.presswatch.store;

/**
 * The store could not do what was asked (I/O, a backend error, an unreachable cluster). The message names what
 * failed. Articles already stored are never damaged; a failed write may have stored part of its batch on
 * Elasticsearch (the embedded store rolls the batch back), and repeating the same write is always harmless.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
