package org.tomoni.messaging.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.tomoni.messaging.InvalidPhoneNumberException;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.SimulatedPhoneEvent;

/**
 * Try every text and call flow in a browser: the phones Tomoni texted or called, each shown like a phone screen,
 * and a way to reply as that phone or press keys on its call. Open to everyone while Tomoni runs as a demo, else
 * to administrators ({@link AdministratorsPhoneSimulatorView}). The route exists only while the simulator is the
 * carrier ({@link PhoneSimulatorRoute}).
 */
@Route(value = "phone-simulator", registerAtStartup = false)
@Menu(order = 90, title = "nav.phone-simulator")
@AnonymousAllowed
class PhoneSimulatorView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private static final int REFRESH_MILLIS = 2000;
    private static final ZoneId SHOWN_IN = ZoneId.of("Asia/Tokyo");

    private final PhoneSimulator simulator;
    private final Messages messages;

    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final H2 phonesHeading = new H2();
    private final UnorderedList phoneList = new UnorderedList();
    private final Paragraph noPhones = new Paragraph();
    private final TextField newPhone = new TextField();
    private final Button useNewPhone = new Button();
    private final Section screen = new Section();
    private @Nullable PhoneNumber selected;
    private List<PhoneNumber> shownPhones = List.of();
    private List<SimulatedPhoneEvent> shownEvents = List.of();
    private @Nullable Registration polling;

    PhoneSimulatorView(PhoneSimulator simulator, Messages messages) {
        this.simulator = simulator;
        this.messages = messages;
        addClassNames("page", "phone-simulator");
        phonesHeading.setId("phones-heading");
        phoneList.addClassName("phone-list");
        phoneList.getElement().setAttribute("aria-labelledby", "phones-heading");
        newPhone.setClearButtonVisible(true);
        newPhone.setAutocomplete(Autocomplete.TEL);
        newPhone.addKeyPressListener(Key.ENTER, enter -> addPhone());
        useNewPhone.addClickListener(click -> addPhone());
        Div addPhone = new Div(newPhone, useNewPhone);
        addPhone.addClassName("add-phone");
        screen.addClassName("phone-screen");
        screen.getElement().setAttribute("aria-labelledby", "phone-screen-title");

        Div phones = new Div(phonesHeading, phoneList, noPhones, addPhone);
        phones.addClassName("phones");
        Div layout = new Div(phones, screen);
        layout.addClassName("simulator-layout");
        add(heading, intro, layout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("simulator.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("simulator.heading"));
        intro.setText(getTranslation("simulator.intro", messages.tomoniNumber().formattedForOwner()));
        phonesHeading.setText(getTranslation("simulator.phones"));
        noPhones.setText(getTranslation("simulator.no-phones"));
        newPhone.setLabel(getTranslation("simulator.new-phone"));
        newPhone.setHelperText(getTranslation("simulator.new-phone.help"));
        useNewPhone.setText(getTranslation("simulator.new-phone.use"));
        refresh(true);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(REFRESH_MILLIS);
        polling = event.getUI().addPollListener(poll -> refresh(false));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private void addPhone() {
        try {
            PhoneNumber phone = PhoneNumber.parse(newPhone.getValue());
            newPhone.setInvalid(false);
            newPhone.clear();
            selected = phone;
            refresh(true);
        } catch (InvalidPhoneNumberException e) {
            newPhone.setErrorMessage(getTranslation("simulator.new-phone.invalid"));
            newPhone.setInvalid(true);
            newPhone.focus();
        }
    }

    /** Redraws when something changed, or when asked: a poll must never take the focus from someone typing. */
    private void refresh(boolean always) {
        List<PhoneNumber> phones = simulator.phones();
        if (selected == null && !phones.isEmpty()) {
            selected = phones.getFirst();
        }
        List<SimulatedPhoneEvent> events = selected == null ? List.of() : simulator.conversation(selected);
        if (!always && phones.equals(shownPhones) && events.equals(shownEvents)) {
            return;
        }
        shownPhones = phones;
        shownEvents = events;
        drawPhoneList(phones);
        drawScreen(events);
    }

    private void drawPhoneList(List<PhoneNumber> phones) {
        phoneList.removeAll();
        LinkedHashSet<PhoneNumber> all = new LinkedHashSet<>(phones);
        if (selected != null) {
            all.add(selected);
        }
        for (PhoneNumber phone : all) {
            Button choose = new Button(getTranslation("simulator.phone", phone.masked()), click -> {
                selected = phone;
                refresh(true);
            });
            if (phone.equals(selected)) {
                choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                choose.getElement().setAttribute("aria-current", "true");
            }
            phoneList.add(new ListItem(choose));
        }
        noPhones.setVisible(all.isEmpty());
    }

    private void drawScreen(List<SimulatedPhoneEvent> events) {
        screen.removeAll();
        PhoneNumber phone = selected;
        screen.setVisible(phone != null);
        if (phone == null) {
            return;
        }
        // The simulated phone is its owner's screen: its own number is shown in full.
        H2 title = new H2(getTranslation("simulator.screen.title", phone.formattedForOwner()));
        title.setId("phone-screen-title");

        UnorderedList bubbles = new UnorderedList();
        bubbles.addClassName("conversation");
        events.forEach(event -> bubbles.add(bubble(event)));
        if (events.isEmpty()) {
            bubbles.add(new ListItem(getTranslation("simulator.screen.empty")));
        }
        // New texts and calls are announced to screen-reader users as they arrive.
        Div conversation = new Div(bubbles);
        conversation.getElement().setAttribute("role", "log");
        conversation.getElement().setAttribute("aria-live", "polite");
        conversation.getElement().setAttribute("aria-label", getTranslation("simulator.conversation"));

        TextField reply = new TextField(getTranslation("simulator.reply"));
        reply.setHelperText(getTranslation("simulator.reply.help"));
        reply.addClassName("reply-field");
        reply.addKeyPressListener(Key.ENTER, enter -> sendText(phone, reply));
        Button send = new Button(getTranslation("simulator.reply.send"), click -> sendText(phone, reply));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button ring = new Button(getTranslation("simulator.ring"), click -> {
            simulator.ring(phone);
            refresh(true);
        });
        Div actions = new Div(reply, send, ring);
        actions.addClassName("phone-actions");
        screen.add(title, conversation, actions);
    }

    private void sendText(PhoneNumber phone, TextField reply) {
        String text = reply.getValue().strip();
        if (text.isEmpty()) {
            reply.setErrorMessage(getTranslation("simulator.reply.empty"));
            reply.setInvalid(true);
            reply.focus();
            return;
        }
        simulator.text(phone, text);
        refresh(true);
    }

    private ListItem bubble(SimulatedPhoneEvent event) {
        boolean fromTomoni = event.direction() == SimulatedPhoneEvent.Direction.TO_PHONE;
        ListItem item = new ListItem();
        item.addClassNames("bubble", fromTomoni ? "from-tomoni" : "from-phone");
        Span meta = new Span(getTranslation(metaKey(event), time(event)));
        meta.addClassName("bubble-meta");
        item.add(meta);
        if (!event.text().isEmpty()) {
            Paragraph text = new Paragraph(event.text());
            if (!event.languageTag().isEmpty()) {
                text.getElement().setAttribute("lang", event.languageTag());
            }
            item.add(text);
        }
        if (event.otherParty() != null) {
            item.add(new Paragraph(getTranslation("simulator.bridge.connected", event.otherParty())));
        }
        if (event.waitingForKeys()) {
            item.add(keypad(event));
        } else if (event.answer() != null) {
            item.add(new Paragraph(getTranslation("simulator.keys.pressed", event.answer())));
        }
        return item;
    }

    private Div keypad(SimulatedPhoneEvent call) {
        Div keypad = new Div();
        keypad.addClassName("keypad");
        keypad.getElement().setAttribute("role", "group");
        keypad.getElement().setAttribute("aria-label", getTranslation("simulator.keys"));
        for (String key : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")) {
            Button press = new Button(key, click -> {
                simulator.pressKeys(call.id(), key);
                // Either way the screen then shows the truth: the key pressed, or that the call no longer waits.
                refresh(true);
            });
            press.getElement().setAttribute("aria-label", getTranslation("simulator.keys.press", key));
            keypad.add(press);
        }
        return keypad;
    }

    private static String metaKey(SimulatedPhoneEvent event) {
        boolean fromTomoni = event.direction() == SimulatedPhoneEvent.Direction.TO_PHONE;
        return switch (event.kind()) {
            case SMS -> fromTomoni ? "simulator.text.from-tomoni" : "simulator.text.from-phone";
            case CALL -> fromTomoni ? "simulator.call.from-tomoni" : "simulator.call.from-phone";
            case BRIDGE -> "simulator.bridge";
        };
    }

    private String time(SimulatedPhoneEvent event) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(event.at().atZone(SHOWN_IN));
    }
}
