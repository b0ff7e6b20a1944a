package org.tomoni.help.internal;

import java.time.Instant;

/** An offer as stored inside its request, so that the first YES and the offer it answers are one document. */
record OfferEntry(String volunteer, String name, int wave, String code, Instant sentAt) {
}
