package org.cspstat.error;

/**
 * The base of cspstat's exceptions for problems a person can act on: its message is one line
 * that says what is wrong. The subclass says which kind of problem it is.
 */
public abstract class CspstatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the one-line message
     * @param cause the underlying exception, may be null
     */
    protected CspstatException(String message, Throwable cause) {
        super(message, cause);
    }
}
