package org.tomoni.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.context.annotation.Import;
import org.tomoni.testsupport.EventsSeen;
import org.tomoni.messaging.CallBridge;
import org.tomoni.messaging.DeliveryStatus;
import org.tomoni.messaging.KeysPressed;
import org.tomoni.messaging.MessageFailed;
import org.tomoni.messaging.MessageId;
import org.tomoni.messaging.MessageState;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.NumberOptedOut;
import org.tomoni.messaging.OutboundCall;
import org.tomoni.messaging.OutboundSms;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.QuietHours;
import org.tomoni.messaging.SmsReceived;
import org.tomoni.messaging.Urgency;
import org.tomoni.messaging.VoicePrompt;

/**
 * The real Twilio SDK against a fake Twilio on loopback, and Twilio's webhooks against the running app. Sending is
 * driven step by step ({@code workers=0}), so every assertion sees a settled outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tomoni.storage.in-memory=true",
        "tomoni.twilio.account-sid=" + TwilioMessagingIT.ACCOUNT,
        "tomoni.twilio.auth-token=" + TwilioMessagingIT.TOKEN,
        "tomoni.twilio.from-number=+815031234567",
        "tomoni.twilio.public-base-url=" + TwilioMessagingIT.PUBLIC_URL,
        "tomoni.twilio.request-timeout=1s",
        "tomoni.messaging.workers=0",
        "tomoni.messaging.max-attempts=3",
        "tomoni.messaging.first-retry-delay=1ms",
        "tomoni.messaging.max-retry-delay=2ms",
        "tomoni.messaging.send-rate-per-second=0"})
@Import(EventsSeen.class)
class TwilioMessagingIT {

    static final String ACCOUNT = "AC00000000000000000000000000000001";
    static final String TOKEN = "test-auth-token";
    /** Twilio calls this public address; the app itself listens on a random local port behind it. */
    static final String PUBLIC_URL = "https://tomoni.example.org";

    private static final FakeTwilio twilio = new FakeTwilio();
    private static final PhoneNumber YUKI = PhoneNumber.parse("090-1234-5678");
    private static final PhoneNumber KEN = PhoneNumber.parse("080-2345-6789");

    @DynamicPropertySource
    static void twilioAddress(DynamicPropertyRegistry registry) {
        registry.add("tomoni.twilio.api-base-url", twilio::baseUrl);
    }

    @AfterAll
    static void stopTwilio() {
        twilio.close();
    }

    @Autowired Messages messages;
    @Autowired OutboxWorker worker;
    @Autowired Outbox outbox;
    @Autowired Carrier carrier;
    @Autowired DeliveryReports reports;
    @Autowired EventsSeen events;
    @LocalServerPort int port;

    @BeforeEach
    void freshTwilio() throws InterruptedException {
        drain();
        twilio.reset();
        events.clear();
    }

    @Test
    void aTextGoesToTwilioWithTheRightFieldsAndCredentials() throws Exception {
        MessageId id = messages.send(sms(YUKI, "Yuki, can you help Ken with video calls today? Reply YES 4821"));
        drain();

        FakeTwilio.Received request = twilio.creates().getFirst();
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
        assertThat(request.form()).containsEntry("To", "+819012345678").containsEntry("From", "+815031234567")
                .containsEntry("Body", "Yuki, can you help Ken with video calls today? Reply YES 4821")
                .containsEntry("StatusCallback", PUBLIC_URL + "/twilio/status/" + id.value());
        assertThat(request.authorization()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        MessageState state = messages.state(id).orElseThrow();
        assertThat(state.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(state.carrierId()).startsWith("SM");
    }

    @Test
    void theSameIdempotencyKeySendsOnce() throws Exception {
        OutboundSms offer = sms(YUKI, "One offer");
        MessageId first = messages.send(offer);
        MessageId second = messages.send(offer);
        drain();

        assertThat(second).isEqualTo(first);
        assertThat(twilio.creates()).hasSize(1);
    }

    @Test
    void tooManyRequestsAndServerErrorsAreRetriedWithBackoff() throws Exception {
        twilio.answerNext(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}")
                .answerNext(503, "{\"code\":20500,\"message\":\"Service Unavailable\",\"status\":503}");
        MessageId id = messages.send(sms(YUKI, "Retried"));
        drain();

        assertThat(twilio.creates()).hasSize(3);
        assertThat(twilio.accepted()).hasSize(1);
        MessageState state = messages.state(id).orElseThrow();
        assertThat(state.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(state.attempts()).isEqualTo(3);
    }

    @Test
    void aTimeoutIsRetried() throws Exception {
        twilio.delayNext(Duration.ofMillis(2500));
        MessageId id = messages.send(sms(YUKI, "Slow network"));
        drain();

        assertThat(messages.state(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(twilio.creates()).hasSize(2);
        assertThat(twilio.accepted()).hasSize(1);
        // no answer means the message may have arrived: the second try asked Twilio first
        assertThat(twilio.requests()).anyMatch(request -> request.method().equals("GET"));
    }

    @Test
    void retriesStopAtTheLimitAndTheFailureIsAnnounced() throws Exception {
        for (int i = 0; i < 3; i++) {
            twilio.answerNext(500, "{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":500}");
        }
        MessageId id = messages.send(sms(YUKI, "Never arrives"));
        drain();

        assertThat(twilio.creates()).hasSize(3);
        assertThat(messages.state(id).orElseThrow().status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(events.stream(MessageFailed.class).filter(e -> e.id().equals(id))).hasSize(1);
    }

    @Test
    void anInvalidNumberIsNotRetried() throws Exception {
        twilio.answerNext(400, "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\",\"status\":400}");
        MessageId id = messages.send(sms(YUKI, "Bad number"));
        drain();

        assertThat(twilio.creates()).hasSize(1);
        MessageState state = messages.state(id).orElseThrow();
        assertThat(state.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(state.failure()).contains("21211");
    }

    @Test
    void statusCallbacksRecordDeliveryOnceAndOnlyForward() throws Exception {
        MessageId id = messages.send(sms(YUKI, "Tracked"));
        drain();
        String sid = messages.state(id).orElseThrow().carrierId();

        Map<String, String> delivered = Map.of("MessageSid", sid, "MessageStatus", "delivered");
        assertThat(postSigned("/twilio/status/" + id.value(), delivered).statusCode()).isEqualTo(200);
        assertThat(postSigned("/twilio/status/" + id.value(), delivered).statusCode()).isEqualTo(200);
        postSigned("/twilio/status/" + id.value(), Map.of("MessageSid", sid, "MessageStatus", "sent"));

        assertThat(messages.state(id).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(events.stream(org.tomoni.messaging.MessageStatusChanged.class)
                .filter(e -> e.id().equals(id) && e.status() == DeliveryStatus.DELIVERED)).hasSize(1);
    }

    @Test
    void aDeliveryReportThatOvertakesTheSendIsKeptAndApplied() throws Exception {
        MessageId id = messages.send(sms(YUKI, "Fast network"));
        Outbox.Claim claim = outbox.claimNext("slow-node", Duration.ofMinutes(1)).orElseThrow();

        postSigned("/twilio/status/" + id.value(), Map.of("MessageSid", "SMfast", "MessageStatus", "delivered"));
        assertThat(messages.state(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENDING);

        OutboxEntry sent = outbox.markSent(claim, "slow-node", "SMfast").orElseThrow();
        assertThat(sent.earlyReport()).isEqualTo(DeliveryStatus.DELIVERED);
        reports.apply(id, sent.earlyReport(), sent.earlyFailure());
        assertThat(messages.state(id).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void forgedOrUnsignedWebhooksGet403AndRecordNothing() throws Exception {
        Map<String, String> form = Map.of("From", "+819012345678", "Body", "Hello", "MessageSid", "SMforged1");

        assertThat(post("/twilio/sms", form, null).statusCode()).isEqualTo(403);
        assertThat(post("/twilio/sms", form, TwilioSignatures.sign("wrong-token", PUBLIC_URL + "/twilio/sms", form))
                .statusCode()).isEqualTo(403);
        // Signed for another address: a replay aimed at a different endpoint.
        assertThat(post("/twilio/sms", form, TwilioSignatures.sign(TOKEN, PUBLIC_URL + "/twilio/voice/inbound", form))
                .statusCode()).isEqualTo(403);

        assertThat(events.stream(SmsReceived.class)).isEmpty();
    }

    @Test
    void aSignedInboundTextIsPublishedOnceWithTheSenderInE164() throws Exception {
        Map<String, String> form = Map.of("From", "+819012345678", "To", "+815031234567",
                "Body", "HELP my LINE won't open", "MessageSid", "SMin" + UUID.randomUUID().toString().replace("-", ""));

        assertThat(postSigned("/twilio/sms", form).statusCode()).isEqualTo(200);
        assertThat(postSigned("/twilio/sms", form).statusCode()).isEqualTo(200);

        assertThat(events.stream(SmsReceived.class).toList())
                .singleElement()
                .satisfies(received -> {
                    assertThat(received.from()).isEqualTo(YUKI);
                    assertThat(received.body()).isEqualTo("HELP my LINE won't open");
                });
    }

    @Test
    void stopBlocksEverythingUntilStartAndBothAreConfirmedOnce() throws Exception {
        Map<String, String> stop = inbound(KEN, "停止");
        postSigned("/twilio/sms", stop);
        postSigned("/twilio/sms", stop);
        drain();

        assertThat(messages.isOptedOut(KEN)).isTrue();
        assertThat(events.stream(NumberOptedOut.class)).hasSize(1);
        assertThat(twilio.creates()).singleElement()
                .satisfies(reply -> assertThat(reply.form().get("Body")).contains("今後メッセージは送りません"));

        MessageId blocked = messages.send(sms(KEN, "An offer Ken must not get"));
        drain();
        assertThat(messages.state(blocked).orElseThrow().status()).isEqualTo(DeliveryStatus.BLOCKED);
        assertThat(twilio.creates()).hasSize(1);

        postSigned("/twilio/sms", inbound(KEN, "START"));
        drain();
        assertThat(messages.isOptedOut(KEN)).isFalse();
        MessageId allowed = messages.send(sms(KEN, "Welcome back"));
        drain();
        assertThat(messages.state(allowed).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void fullWidthKeywordsFromAJapaneseKeyboardCountToo() throws Exception {
        postSigned("/twilio/sms", inbound(KEN, "ＳＴＯＰ"));
        drain();

        assertThat(messages.isOptedOut(KEN)).isTrue();
        postSigned("/twilio/sms", inbound(KEN, "再開"));
        assertThat(messages.isOptedOut(KEN)).isFalse();
    }

    @Test
    void helpIsAnsweredWithWhoTomoniIsAndHowToStop() throws Exception {
        postSigned("/twilio/sms", inbound(YUKI, "help"));
        drain();

        assertThat(twilio.creates()).singleElement()
                .satisfies(reply -> assertThat(reply.form().get("Body")).contains("Tomoni").contains("STOP"));
        assertThat(events.stream(SmsReceived.class)).isEmpty();
    }

    @Test
    void quietHoursHoldANormalMessageButNotAnUrgentOne() throws Exception {
        Instant now = Instant.now();
        LocalTime local = now.atZone(ZoneOffset.UTC).toLocalTime();
        QuietHours rightNow = new QuietHours(local.minusHours(1), local.plusHours(1), ZoneOffset.UTC);

        MessageId normal = messages.send(new OutboundSms(YUKI, "Tomorrow's session", Urgency.NORMAL, rightNow, key()));
        MessageId urgent = messages.send(new OutboundSms(YUKI, "Ken needs help now", Urgency.URGENT, rightNow, key()));
        drain();

        MessageState held = messages.state(normal).orElseThrow();
        assertThat(held.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(held.dueAt()).isAfter(now.plus(Duration.ofMinutes(50)));
        assertThat(messages.state(urgent).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(twilio.creates()).singleElement()
                .satisfies(sent -> assertThat(sent.form().get("Body")).isEqualTo("Ken needs help now"));
    }

    @Test
    void aCallPlaysItsPromptAndTheKeyPressedIsPublished() throws Exception {
        MessageId id = messages.call(new OutboundCall(YUKI,
                new VoicePrompt("Press 1 to help Ken.", "en-US", 1, false), Urgency.URGENT, null, key()));
        drain();

        FakeTwilio.Received request = twilio.creates().getFirst();
        assertThat(request.path()).endsWith("/Calls.json");
        assertThat(request.form()).containsEntry("Url", PUBLIC_URL + "/twilio/voice/outbound/" + id.value());

        String twiml = postSigned("/twilio/voice/outbound/" + id.value(), Map.of("CallSid", "CA1")).body();
        assertThat(twiml).contains("<Gather").contains("numDigits=\"1\"").contains("Press 1 to help Ken.")
                .contains("action=\"" + PUBLIC_URL + "/twilio/voice/gather/" + id.value() + "\"");

        Map<String, String> pressed = Map.of("CallSid", "CA1", "To", "+819012345678", "Digits", "1");
        postSigned("/twilio/voice/gather/" + id.value(), pressed);
        postSigned("/twilio/voice/gather/" + id.value(), pressed);
        assertThat(events.stream(KeysPressed.class).toList()).singleElement()
                .satisfies(keys -> assertThat(keys.digits()).isEqualTo("1"));
    }

    @Test
    void aBridgeDialsTheSecondPersonShowingOnlyTheTomoniNumber() throws Exception {
        MessageId id = messages.bridge(new CallBridge(YUKI, KEN,
                new VoicePrompt("Connecting you to Ken.", "en-US", 0, false), key()));
        drain();

        String twiml = postSigned("/twilio/voice/bridge/" + id.value(), Map.of("CallSid", "CA2")).body();
        assertThat(twiml).contains("callerId=\"+815031234567\"").contains("+818023456789")
                .doesNotContain("+819012345678");
    }

    @Test
    void aMessageClaimedByANodeThatDiedIsSentExactlyOnce() throws Exception {
        MessageId id = messages.send(sms(YUKI, "Claimed, then the node died"));
        outbox.claimNext("dead-node", Duration.ZERO).orElseThrow();

        drain();

        assertThat(twilio.accepted()).hasSize(1);
        assertThat(messages.state(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aMessageThatReachedTwilioJustBeforeItsNodeDiedIsNotSentAgain() throws Exception {
        MessageId id = messages.send(sms(YUKI, "Sent, then the node died before noting it"));
        Outbox.Claim claim = outbox.claimNext("dead-node", Duration.ZERO).orElseThrow();
        String sid = carrier.send(claim.entry());

        drain();

        assertThat(twilio.accepted()).hasSize(1);
        MessageState state = messages.state(id).orElseThrow();
        assertThat(state.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(state.carrierId()).isEqualTo(sid);
    }

    @Test
    void twoNodesNeverSendTheSameMessage() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bodies.add("Message " + i);
            messages.send(sms(YUKI, "Message " + i));
        }
        try (var nodes = Executors.newFixedThreadPool(2)) {
            List<Callable<Void>> both = List.of(this::drainAsNode, this::drainAsNode);
            for (var result : nodes.invokeAll(both)) {
                result.get();
            }
        }

        List<String> sent = twilio.accepted().stream().map(m -> m.get("Body")).toList();
        assertThat(sent).hasSize(40).containsExactlyInAnyOrderElementsOf(bodies);
    }

    @Test
    void withTwilioConfiguredThereIsNoPhoneSimulatorPage() throws Exception {
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/phone-simulator")).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            assertThat(client.send(page, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theSignaturesUsedHereAreAcceptedByTheSdksValidator() {
        Map<String, String> form = Map.of("From", "+819012345678", "Body", "Hi", "MessageSid", "SM1");
        String url = PUBLIC_URL + "/twilio/sms";

        assertThat(new RequestValidator(TOKEN).validate(url, form, TwilioSignatures.sign(TOKEN, url, form))).isTrue();
        assertThat(new RequestValidator(TOKEN).validate(url, form, TwilioSignatures.sign("other", url, form))).isFalse();
    }

    private Void drainAsNode() throws InterruptedException {
        drain();
        return null;
    }

    /** Sends until nothing is due (retries are due within milliseconds here). */
    private void drain() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        int idle = 0;
        while (idle < 3 && System.currentTimeMillis() < deadline) {
            if (worker.sendNext()) {
                idle = 0;
            } else {
                idle++;
                Thread.sleep(20);
            }
        }
    }

    private static OutboundSms sms(PhoneNumber to, String body) {
        return new OutboundSms(to, body, Urgency.NORMAL, null, key());
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    private static Map<String, String> inbound(PhoneNumber from, String body) {
        return Map.of("From", from.e164(), "To", "+815031234567", "Body", body,
                "MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
    }

    private HttpResponse<String> postSigned(String path, Map<String, String> form) throws Exception {
        return post(path, form, TwilioSignatures.sign(TOKEN, PUBLIC_URL + path, form));
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String signature) throws Exception {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
