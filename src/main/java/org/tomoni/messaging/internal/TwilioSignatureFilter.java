package org.tomoni.messaging.internal;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets through only webhook requests signed by Twilio ({@code X-Twilio-Signature}) with the account's auth token,
 * over the URL Twilio was given: the configured public base URL, so that it also works behind a proxy. Everything
 * else gets 403 before any handler sees it, so nothing forged is ever recorded.
 */
final class TwilioSignatureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TwilioSignatureFilter.class);

    private final TwilioProperties twilio;
    private final RequestValidator validator;

    TwilioSignatureFilter(TwilioProperties twilio) {
        this.twilio = twilio;
        this.validator = twilio.signsWebhooks() ? new RequestValidator(twilio.authToken()) : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String signature = request.getHeader("X-Twilio-Signature");
        if (validator == null || signature == null || !validator.validate(signedUrl(request), params(request), signature)) {
            log.warn("Refused an unsigned or forged webhook to {}", request.getRequestURI());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private String signedUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return twilio.callbackUrl(request.getRequestURI()) + (query == null ? "" : "?" + query);
    }

    /** Twilio signs the POSTed form fields (the query string is part of the URL). */
    private static Map<String, String> params(HttpServletRequest request) {
        Map<String, String> params = new TreeMap<>();
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            String query = request.getQueryString() == null ? "" : request.getQueryString();
            request.getParameterMap().forEach((name, values) -> {
                if (!query.contains(name + "=")) {
                    params.put(name, values.length == 0 ? "" : values[0]);
                }
            });
        }
        return params;
    }
}
