package org.tomoni.volunteers.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tomoni.accounts.Role;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.QuietHours;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.FreeTime;
import org.tomoni.volunteers.PartOfDay;
import org.tomoni.volunteers.Volunteer;
import org.tomoni.volunteers.VolunteerProfile;
import org.tomoni.volunteers.Volunteers;

/**
 * A volunteer's own page: whether they can help right now (or want a break), and what, where, when and how often
 * they help. Everything on it can also be done by text, except the profile.
 */
@Route("volunteering")
@Menu(order = 20, title = "nav.volunteering")
@RolesAllowed(Role.Names.VOLUNTEER)
@StyleSheet("styles/volunteers.css")
class MyVolunteeringView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private static final List<Integer> DISTANCES = List.of(0, 1, 2, 5, 10, 20, 30);
    private static final List<Integer> PAUSES = List.of(1, 3, 7, 14, 30);
    private static final List<Integer> PER_WEEK = List.of(1, 2, 3, 5, 7, 10, 15, 20);

    private final Volunteers volunteers;
    private final Messages messages;
    private final H1 heading = new H1();
    private final Paragraph standing = new Paragraph();
    private final Section now = new Section();
    private final Section profileSection = new Section();
    private final Section recordSection = new Section();
    private final CheckboxGroup<Language> languages = new CheckboxGroup<>();
    private final CheckboxGroup<Skill> skills = new CheckboxGroup<>();
    private final Select<Integer> travel = new Select<>();
    private final Checkbox byPhone = new Checkbox();
    private final Map<DayOfWeek, CheckboxGroup<PartOfDay>> freeTimes = new EnumMap<>(DayOfWeek.class);
    private final Select<Integer> quietFrom = new Select<>();
    private final Select<Integer> quietUntil = new Select<>();
    private final Select<Integer> perWeek = new Select<>();
    private final RadioButtonGroup<Boolean> reachBy = new RadioButtonGroup<>();
    private final Paragraph saved = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Div fields = new Div();
    private final Button save = new Button();
    /** The volunteer's own zone, read with the profile, kept when they save. */
    private ZoneId zone = QuietHours.JAPAN;

    MyVolunteeringView(Volunteers volunteers, Messages messages) {
        this.volunteers = volunteers;
        this.messages = messages;
        addClassNames("page", "my-volunteering");
        standing.addClassName("notice");
        standing.getElement().setAttribute("role", "status");
        now.addClassName("account-section");
        profileSection.addClassName("account-section");
        recordSection.addClassName("account-section");
        recordSection.getElement().setAttribute("aria-labelledby", "record-heading");
        languages.setItems(Language.values());
        skills.setItems(Skill.values());
        skills.addClassName("skill-choices");
        travel.setItems(DISTANCES);
        List<Integer> hours = IntStream.range(0, 24).boxed().toList();
        quietFrom.setItems(hours);
        quietUntil.setItems(hours);
        perWeek.setItems(PER_WEEK);
        reachBy.setItems(false, true);
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckboxGroup<PartOfDay> parts = new CheckboxGroup<>();
            parts.setItems(PartOfDay.values());
            parts.addClassName("free-time-day");
            freeTimes.put(day, parts);
        }
        saved.addClassName("form-status");
        saved.getElement().setAttribute("role", "status");
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        // After a button press the page is redrawn: the keyboard continues at the news of what changed.
        standing.getElement().setAttribute("tabindex", "-1");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        // The live regions stay attached, so that what they announce is heard.
        profileSection.add(fields, problem, saved, save);
        add(heading, standing, now, recordSection, profileSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteers.mine.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("volunteers.mine.heading"));
        languages.setLabel(getTranslation("volunteers.profile.languages"));
        languages.setItemLabelGenerator(language -> getTranslation("volunteers.language." + language.tag()));
        skills.setLabel(getTranslation("volunteers.profile.skills"));
        skills.setItemLabelGenerator(skill -> getTranslation("lessons.skill." + skill.code()));
        travel.setLabel(getTranslation("volunteers.profile.travel"));
        travel.setItemLabelGenerator(km -> km == 0 ? getTranslation("volunteers.profile.travel.none")
                : getTranslation("volunteers.profile.travel.km", km));
        byPhone.setLabel(getTranslation("volunteers.profile.by-phone"));
        Locale locale = getLocale();
        freeTimes.forEach((day, parts) -> {
            parts.setLabel(day.getDisplayName(TextStyle.FULL, locale));
            parts.setItemLabelGenerator(part -> getTranslation("volunteers.part." + part.name().toLowerCase(Locale.ROOT)));
        });
        quietFrom.setLabel(getTranslation("volunteers.profile.quiet-from"));
        quietUntil.setLabel(getTranslation("volunteers.profile.quiet-until"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        quietFrom.setItemLabelGenerator(hour -> time.format(LocalTime.of(hour, 0)));
        quietUntil.setItemLabelGenerator(hour -> time.format(LocalTime.of(hour, 0)));
        perWeek.setLabel(getTranslation("volunteers.profile.per-week"));
        reachBy.setLabel(getTranslation("volunteers.profile.reach-by"));
        reachBy.setItemLabelGenerator(call -> getTranslation(call ? "volunteers.profile.reach-by.call"
                : "volunteers.profile.reach-by.sms"));
        save.setText(getTranslation("volunteers.profile.save"));
        render();
    }

    private void render() {
        Volunteer me = volunteers.me();
        zone = me.profile().quietHours().zone();
        Volunteer.Standing state = me.standingAt(Instant.now());
        Instant until = state == Volunteer.Standing.HELD ? me.heldUntil() : me.pausedUntil();
        String backOn = until == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(getLocale()).format(until.atZone(me.profile().quietHours().zone()));
        standing.setText(getTranslation("volunteers.standing." + state.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), backOn));
        renderNow(me, state);
        renderRecord(me);
        renderProfile(me.profile());
    }

    private void renderNow(Volunteer me, Volunteer.Standing state) {
        now.removeAll();
        H2 title = new H2(getTranslation("volunteers.mine.now"));
        Div actions = new Div();
        actions.addClassName("form-actions");
        if (state == Volunteer.Standing.HELD) {
            // Only a coordinator ends their pause; the page says so and offers nothing that would not work.
            now.add(title, new Paragraph(getTranslation("volunteers.mine.held-help")));
            return;
        }
        if (state == Volunteer.Standing.PAUSED) {
            Button back = action("volunteers.mine.end-pause", () -> volunteers.pauseMe(0));
            back.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(back);
        } else if (me.onDuty()) {
            actions.add(action("volunteers.mine.off-duty", () -> volunteers.setMyDuty(false)));
        } else {
            Button on = action("volunteers.mine.on-duty", () -> volunteers.setMyDuty(true));
            on.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(on);
        }
        if (state != Volunteer.Standing.PAUSED) {
            Select<Integer> days = new Select<>();
            days.setLabel(getTranslation("volunteers.mine.pause-for"));
            days.setItems(PAUSES);
            days.setValue(7);
            days.setItemLabelGenerator(count -> getTranslation("volunteers.mine.days", count));
            actions.add(days, action("volunteers.mine.pause", () -> volunteers.pauseMe(days.getValue())));
        }
        Paragraph byText = new Paragraph(getTranslation("volunteers.mine.by-text",
                messages.tomoniNumber().formattedForOwner()));
        now.add(title, actions, byText);
    }

    /** What they have done so far: a thank-you as much as a figure, and what coordinators see too. */
    private void renderRecord(Volunteer me) {
        recordSection.removeAll();
        H2 title = new H2(getTranslation("volunteers.record.heading"));
        title.setId("record-heading");
        UnorderedList facts = new UnorderedList(new ListItem(TrackRecordText.helped(this, me.record())),
                new ListItem(TrackRecordText.time(this, me.record())),
                new ListItem(TrackRecordText.ratings(this, me.record())));
        recordSection.add(title, facts);
    }

    private Button action(String key, Runnable change) {
        return new Button(getTranslation(key), click -> {
            change.run();
            saved.setText("");
            render();
            standing.getElement().callJsFunction("focus");
        });
    }

    private void renderProfile(VolunteerProfile profile) {
        fields.removeAll();
        languages.setValue(profile.languages());
        skills.setValue(profile.skills());
        travel.setValue(DISTANCES.contains(profile.travelKm()) ? profile.travelKm() : 2);
        byPhone.setValue(profile.helpsByPhone());
        freeTimes.forEach((day, parts) -> {
            Set<PartOfDay> chosen = EnumSet.noneOf(PartOfDay.class);
            profile.freeTimes().stream().filter(window -> window.day() == day).forEach(window -> chosen.add(window.part()));
            parts.setValue(chosen);
        });
        quietFrom.setValue(profile.quietHours().from().getHour());
        quietUntil.setValue(profile.quietHours().until().getHour());
        perWeek.setValue(PER_WEEK.contains(profile.perWeek()) ? profile.perWeek() : 2);
        reachBy.setValue(profile.byCall());

        Div where = new Div(travel, byPhone);
        where.addClassName("form-row");
        Div days = new Div();
        days.addClassName("free-times");
        freeTimes.values().forEach(days::add);
        Div quiet = new Div(quietFrom, quietUntil);
        quiet.addClassName("form-row");
        fields.add(new H2(getTranslation("volunteers.mine.profile")), languages, skills, where,
                new H2(getTranslation("volunteers.profile.when")),
                new Paragraph(getTranslation("volunteers.profile.when.help")), days, quiet, perWeek, reachBy);
    }

    private void save() {
        saved.setText("");
        // Each problem is said next to its field and once more by the button, where the learner is looking.
        languages.setInvalid(languages.isEmpty());
        languages.setErrorMessage(getTranslation("volunteers.profile.need-a-language"));
        skills.setInvalid(skills.isEmpty());
        skills.setErrorMessage(getTranslation("volunteers.profile.need-a-skill"));
        boolean noWay = travel.getValue() == 0 && !byPhone.getValue();
        travel.setInvalid(noWay);
        travel.setErrorMessage(getTranslation("volunteers.profile.need-a-way"));
        if (languages.isInvalid() || skills.isInvalid() || noWay) {
            problem.setText(getTranslation(noWay && !languages.isInvalid() && !skills.isInvalid()
                    ? "volunteers.profile.need-a-way" : "volunteers.profile.need-languages-and-skills"));
            if (languages.isInvalid()) {
                languages.getElement().callJsFunction("focus");
            } else if (skills.isInvalid()) {
                skills.getElement().callJsFunction("focus");
            } else {
                travel.focus();
            }
            return;
        }
        problem.setText("");
        Set<FreeTime> windows = new HashSet<>();
        freeTimes.forEach((day, parts) -> parts.getValue().forEach(part -> windows.add(new FreeTime(day, part))));
        volunteers.saveMyProfile(new VolunteerProfile(languages.getValue(), skills.getValue(), travel.getValue(),
                byPhone.getValue(), windows, new QuietHours(LocalTime.of(quietFrom.getValue(), 0),
                        LocalTime.of(quietUntil.getValue(), 0), zone), perWeek.getValue(),
                reachBy.getValue()));
        render();
        saved.setText(getTranslation("volunteers.profile.saved"));
    }
}
