package org.tomoni.messaging.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's HTTP client as the outbox needs it:
 * <ul>
 * <li>one attempt per call: the SDK would otherwise retry some errors by itself, immediately and invisibly; the
 * outbox retries with back-off and jitter and counts every try;</li>
 * <li>optionally another base address: the SDK always builds {@code https://api.twilio.com/...} URLs and has no
 * setting for that, so tests and staging point it at a Twilio double this way (same method, path, query, form body,
 * headers and credentials).</li>
 * </ul>
 */
final class TwilioHttpClient extends HttpClient {

    private static final String TWILIO_HOST = "^https://[a-z0-9.-]+\\.twilio\\.com";

    private final HttpClient delegate;
    private final @Nullable String baseUrl;

    TwilioHttpClient(HttpClient delegate, @Nullable String baseUrl) {
        this.delegate = delegate;
        this.baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request original) {
        return delegate.makeRequest(baseUrl == null ? original : rebased(original));
    }

    private Request rebased(Request original) {
        Request rebased = new Request(original.getMethod(), original.getUrl().replaceFirst(TWILIO_HOST, baseUrl));
        if (original.getAuthStrategy() != null) {
            rebased.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            rebased.setAuth(original.getUsername(), original.getPassword());
        }
        copy(original.getQueryParams(), rebased::addQueryParam);
        copy(original.getPostParams(), rebased::addPostParam);
        copy(original.getHeaderParams(), rebased::addHeaderParam);
        if (original.getContentType() != null) {
            rebased.setContentType(original.getContentType());
        }
        if (original.getBody() != null) {
            rebased.setBody(original.getBody());
        }
        return rebased;
    }

    private static void copy(Map<String, List<String>> from, BiConsumer<String, String> to) {
        from.forEach((name, values) -> values.forEach(value -> to.accept(name, value)));
    }
}
