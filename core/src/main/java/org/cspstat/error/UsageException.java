package org.cspstat.error;

/**
 * A request that is not well formed: an unknown name for a choice, a value out of its range, two
 * settings that exclude each other. The caller can fix it without looking at the data.
 */
public class UsageException extends CspstatException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the request and, where it helps, what is accepted
     */
    public UsageException(String message) {
        super(message, null);
    }

    /**
     * Creates the exception, keeping its cause.
     *
     * @param message what is wrong with the request
     * @param cause the underlying exception, may be null
     */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
