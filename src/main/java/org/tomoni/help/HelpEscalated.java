package org.tomoni.help;

import java.time.Instant;

import org.tomoni.accounts.AreaId;

/** Nobody took a request in time; the area's coordinators were told. */
public record HelpEscalated(HelpRequestId request, AreaId area, Instant at) {
}
