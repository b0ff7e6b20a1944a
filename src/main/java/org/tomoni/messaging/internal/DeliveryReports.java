package org.tomoni.messaging.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.MessageFailed;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.MessageStatusChanged;

/** Delivery reports from the carrier (Twilio's status callbacks, or the simulator) recorded on the outbox. */
@Component
class DeliveryReports {

    private final Outbox outbox;
    private final ApplicationEventPublisher events;

    DeliveryReports(Outbox outbox, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * @param carrierStatus Twilio's {@code MessageStatus} or {@code CallStatus}
     * @param errorCode     Twilio's {@code ErrorCode}, if any
     */
    void record(MessageId id, String carrierStatus, String errorCode) {
        String failure = errorCode == null || errorCode.isBlank() ? "" : "carrier error " + errorCode;
        toDeliveryStatus(carrierStatus).ifPresent(status -> apply(id, status, failure));
    }

    void apply(MessageId id, DeliveryStatus status, String failure) {
        outbox.recordDelivery(id, status, failure).ifPresent(entry -> {
            events.publishEvent(new MessageStatusChanged(id, entry.recipient(), status));
            if (status == DeliveryStatus.UNDELIVERED || status == DeliveryStatus.FAILED) {
                events.publishEvent(new MessageFailed(id, entry.recipient(),
                        failure == null || failure.isEmpty() ? status.name().toLowerCase(Locale.ROOT) : failure));
            }
        });
    }

    static Optional<DeliveryStatus> toDeliveryStatus(String carrierStatus) {
        return switch (carrierStatus == null ? "" : carrierStatus.toLowerCase(Locale.ROOT)) {
            case "sent", "ringing", "in-progress", "answered" -> Optional.of(DeliveryStatus.SENT);
            case "delivered", "read", "completed" -> Optional.of(DeliveryStatus.DELIVERED);
            case "undelivered", "busy", "no-answer", "canceled" -> Optional.of(DeliveryStatus.UNDELIVERED);
            case "failed" -> Optional.of(DeliveryStatus.FAILED);
            default -> Optional.empty();
        };
    }
}
