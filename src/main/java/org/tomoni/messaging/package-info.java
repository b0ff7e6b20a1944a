/**
 * Texts and calls to people's own phones, and what they send back. Other modules hand an {@link
 * org.tomoni.messaging.OutboundSms}, {@link org.tomoni.messaging.OutboundCall} or {@link
 * org.tomoni.messaging.CallBridge} to {@link org.tomoni.messaging.Messages}; it is written to a MongoDB outbox
 * before anything is sent, then sent exactly once through Twilio, or through the phone simulator when no Twilio
 * credentials are configured. Replies arrive as events ({@link org.tomoni.messaging.SmsReceived}, {@link
 * org.tomoni.messaging.KeysPressed}, ...). Opt-out (STOP / START / HELP) and quiet hours are enforced here, for
 * every sender.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
@org.jspecify.annotations.NullMarked
package org.tomoni.messaging;
