package org.tomoni.messaging.internal;

/** The carrier refused or could not be reached. Transient failures are tried again later; the rest are final. */
final class CarrierException extends Exception {

    private final boolean transientFailure;
    private final boolean mayHaveArrived;

    private CarrierException(String message, boolean transientFailure, boolean mayHaveArrived, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
        this.mayHaveArrived = mayHaveArrived;
    }

    /** Refused for now (rate limit, carrier trouble): nothing went out. */
    static CarrierException transientFailure(String message, Throwable cause) {
        return new CarrierException(message, true, false, cause);
    }

    /** No answer (timeout, broken connection): the carrier may or may not have the message. */
    static CarrierException noAnswer(String message, Throwable cause) {
        return new CarrierException(message, true, true, cause);
    }

    static CarrierException permanentFailure(String message, Throwable cause) {
        return new CarrierException(message, false, false, cause);
    }

    /** Before trying again, ask the carrier whether the message got there after all. */
    boolean mayHaveArrived() {
        return mayHaveArrived;
    }

    boolean isTransient() {
        return transientFailure;
    }
}
