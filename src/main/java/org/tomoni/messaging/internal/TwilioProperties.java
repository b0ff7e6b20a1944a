package org.tomoni.messaging.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Twilio account and numbers. With no account SID and credential, Tomoni uses the phone simulator instead.
 *
 * @param accountSid          {@code AC...}
 * @param authToken           the account's auth token: signs webhooks, and authenticates API calls unless an API
 *                            key is given
 * @param apiKeySid           optional {@code SK...} key for API calls (webhooks are still signed with the token)
 * @param apiKeySecret        its secret
 * @param fromNumber          the Tomoni number in E.164; shown to everyone called or texted
 * @param messagingServiceSid optional {@code MG...}: texts go through the service's number pool instead
 * @param publicBaseUrl       the address Twilio reaches this app at (e.g. {@code https://tomoni.example.org}),
 *                            used for callbacks and to check webhook signatures behind a proxy
 * @param apiBaseUrl          Twilio's API address; only changed to point the SDK at a test double
 * @param requestTimeout      how long one API call may take; keep it well under the outbox lease
 */
@ConfigurationProperties("tomoni.twilio")
public record TwilioProperties(
        @Nullable String accountSid,
        @Nullable String authToken,
        @Nullable String apiKeySid,
        @Nullable String apiKeySecret,
        @DefaultValue("+815031234567") String fromNumber,
        @Nullable String messagingServiceSid,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("https://api.twilio.com") String apiBaseUrl,
        @DefaultValue("15s") java.time.Duration requestTimeout) {

    /** Real Twilio is used only when an account and a way to authenticate are configured. */
    public boolean configured() {
        return hasText(accountSid) && (hasText(authToken) || (hasText(apiKeySid) && hasText(apiKeySecret)));
    }

    public boolean signsWebhooks() {
        return hasText(authToken);
    }

    String callbackUrl(String path) {
        return publicBaseUrl.replaceAll("/+$", "") + path;
    }

    static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
