package org.tomoni.messaging.internal;

import java.time.Clock;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Chooses the carrier: Twilio when an account is configured, the phone simulator otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MessagingProperties.class, TwilioProperties.class})
@EnableScheduling
class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Carrier carrier(TwilioProperties twilio, MongoTemplate mongo, DeliveryReports reports, Clock clock) {
        if (!twilio.configured()) {
            log.info("No Twilio account configured: texts and calls go to the phone simulator");
            return new SimulatedCarrier(mongo, reports, clock, twilio.fromNumber());
        }
        log.info("Texts and calls go through Twilio account {}…", twilio.accountSid().substring(0, 6));
        return new TwilioCarrier(twilioClient(twilio), twilio);
    }

    @Bean
    FilterRegistrationBean<TwilioSignatureFilter> twilioSignatureFilter(TwilioProperties twilio) {
        FilterRegistrationBean<TwilioSignatureFilter> registration =
                new FilterRegistrationBean<>(new TwilioSignatureFilter(twilio));
        registration.addUrlPatterns("/twilio/*");
        return registration;
    }

    static TwilioRestClient twilioClient(TwilioProperties twilio) {
        Timeout timeout = Timeout.of(twilio.requestTimeout());
        // No automatic retries in the HTTP client either (it would repeat 429 and 503 at once): the outbox
        // decides when to try again.
        HttpClient network = new NetworkHttpClient(HttpClients.custom()
                .disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(timeout).setResponseTimeout(timeout).build())
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(timeout).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                        .setMaxConnTotal(50)
                        .setMaxConnPerRoute(50)
                        .build()));
        HttpClient http = new TwilioHttpClient(network,
                twilio.apiBaseUrl().startsWith("https://api.twilio.com") ? null : twilio.apiBaseUrl());
        boolean apiKey = TwilioProperties.hasText(twilio.apiKeySid()) && TwilioProperties.hasText(twilio.apiKeySecret());
        return new TwilioRestClient.Builder(apiKey ? twilio.apiKeySid() : twilio.accountSid(),
                apiKey ? twilio.apiKeySecret() : twilio.authToken())
                .accountSid(twilio.accountSid())
                .httpClient(http)
                .build();
    }
}
