package org.tomoni.help;

import java.time.Instant;

import org.tomoni.accounts.AreaId;

/** A request was closed as done by its helper. */
public record HelpCompleted(HelpRequestId request, AreaId area, Instant at) {
}
