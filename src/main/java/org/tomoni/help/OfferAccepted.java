package org.tomoni.help;

import java.time.Instant;

import org.tomoni.accounts.AreaId;

/** A volunteer took a request. */
public record OfferAccepted(HelpRequestId request, AreaId area, Instant at) {
}
