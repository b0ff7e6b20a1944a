package org.tomoni.accounts;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An invitation for a coordinator or teacher; the link is shown once, to the person who created it. */
public record Invitation(String id, String inviteeName, Role role, OrganisationId organisation,
                         @Nullable URI link, Instant expiresAt, @Nullable Instant acceptedAt) {
}
