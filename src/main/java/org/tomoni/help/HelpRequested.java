package org.tomoni.help;

import java.time.Instant;

import org.tomoni.accounts.AreaId;

/** A learner asked for help; matching starts. */
public record HelpRequested(HelpRequestId request, AreaId area, Instant at) {
}
