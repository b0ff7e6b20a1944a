package org.tomoni.accounts.internal;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tomoni.accounts.*}.
 *
 * @param demoData  seed one person of each role and show their sign-in on the sign-in page; when not set, on exactly
 *                  when Tomoni runs on its embedded store (the out-of-the-box demo)
 * @param publicUrl where people reach Tomoni, for links in invitations
 */
@ConfigurationProperties("tomoni.accounts")
record AccountsProperties(@Nullable Boolean demoData, @Nullable URI publicUrl) {
}
