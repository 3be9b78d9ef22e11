package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.accord.identity.EmailAddresses;
import org.accord.identity.IdentityService;
import org.accord.notification.DigestRhythm;
import org.accord.notification.EmailBounce;
import org.accord.notification.EmailMode;
import org.accord.notification.NotificationPreferences;
import org.accord.notification.NotificationService;
import org.accord.notification.NotificationTopic;
import org.accord.notification.TopicLabels;
import org.accord.shared.InvalidInputException;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What I receive and how: per topic at once, in the digest or off (topics the secretariat made mandatory are shown
 * locked), the digest's rhythm, day and hour, email on or off, my time zone (taken from the browser until I choose),
 * my email address (checked as I type; a bad one is refused, nothing saved) and the bounces recorded for it.
 */
@Route("settings/notifications")
@Menu(order = 81, title = "Notification settings", icon = "vaadin:cog")
@PermitAll
public class NotificationSettingsView extends Main implements HasDynamicTitle {

    private final NotificationService notifications;
    private final IdentityService identity;
    private final Map<NotificationTopic, RadioButtonGroup<EmailMode>> modes = new EnumMap<>(NotificationTopic.class);
    private final RadioButtonGroup<DigestRhythm> rhythm = new RadioButtonGroup<>(UiText.t("notifications.settings.rhythm"));
    private final Select<DayOfWeek> day = new Select<>();
    private final Select<Integer> hour = new Select<>();
    private final Checkbox emailEnabled = new Checkbox(UiText.t("notifications.settings.email-enabled"));
    private final ComboBox<String> timeZone = new ComboBox<>(UiText.t("notifications.settings.time-zone"));
    private final TextField email = new TextField(UiText.t("notifications.settings.email"));
    private final Div emailState = new Div();
    private final Div bounces = new Div();
    private NotificationPreferences current;

    @Override
    public String getPageTitle() {
        return UiText.t("notifications.settings.title") + " · Accord";
    }

    NotificationSettingsView(NotificationService notifications, IdentityService identity) {
        this.notifications = notifications;
        this.identity = identity;
        addClassName("page");
        addClassName("notification-settings");
        current = notifications.myPreferences();
        add(new H1(UiText.t("notifications.settings.title")), emailSection(), topicsSection(), digestSection(),
                bouncesSection());
        show(current);
        if (identity.myTimeZone().isEmpty()) {
            // Until the person chooses, offer the browser's zone; it is stored only when they save.
            getElement().getNode().runWhenAttached(ui -> ui.getPage().retrieveExtendedClientDetails(details -> {
                if (timeZone.isEmpty() && details.getTimeZoneId() != null && knownZone(details.getTimeZoneId())) {
                    timeZone.setValue(details.getTimeZoneId());
                    timeZone.setHelperText(UiText.t("notifications.settings.time-zone.from-browser"));
                }
            }));
        }
    }

    private Section emailSection() {
        email.setId("notification-email");
        email.setWidth("min(100%, 28em)");
        email.setValueChangeMode(ValueChangeMode.LAZY);
        email.setErrorMessage(UiText.t("notifications.settings.email.invalid"));
        email.setHelperText(UiText.t("notifications.settings.email.help"));
        email.getElement().setAttribute("autocomplete", "email");
        email.addValueChangeListener(e -> email.setInvalid(!e.getValue().isBlank() && !EmailAddresses.isValid(e.getValue())));
        Button save = new Button(UiText.t("notifications.settings.email.save"), e -> saveEmail());
        save.setId("save-email");
        emailState.setId("email-state");
        Div row = new Div(email, save);
        row.addClassName("email-row");
        Section s = new Section(new H2(UiText.t("notifications.settings.email.heading")), row, emailState);
        s.addClassName("panel");
        return s;
    }

    private void saveEmail() {
        String value = email.getValue();
        if (!value.isBlank() && !EmailAddresses.isValid(value)) {
            email.setInvalid(true);
            email.focus();
            UiText.notify(UiText.t("notifications.settings.email.refused", value.strip()), true);
            return;
        }
        try {
            identity.setMyEmail(value);
        } catch (InvalidInputException e) {
            email.setInvalid(true);
            UiText.notify(UiText.t("notifications.settings.email.refused", value.strip()), true);
            return;
        }
        current = notifications.myPreferences();
        show(current);
        UiText.notify(current.email() == null ? UiText.t("notifications.settings.email.removed")
                : UiText.t("notifications.settings.email.saved", current.email()), false);
    }

    private Section topicsSection() {
        Div rows = new Div();
        rows.addClassName("topic-rows");
        for (NotificationTopic topic : NotificationTopic.values()) {
            RadioButtonGroup<EmailMode> group = new RadioButtonGroup<>(TopicLabels.label(topic, getLocale()));
            group.setItems(EmailMode.values());
            group.setItemLabelGenerator(m -> UiText.t("notifications.mode." + m.name().toLowerCase(java.util.Locale.ROOT)));
            group.setId("mode-" + topic.name());
            group.addClassName("topic-mode");
            modes.put(topic, group);
            rows.add(group);
        }
        Section s = new Section(new H2(UiText.t("notifications.settings.topics.heading")),
                new Paragraph(UiText.t("notifications.settings.topics.help")), rows, emailEnabled, saveButton());
        s.addClassName("panel");
        emailEnabled.setId("email-enabled");
        emailEnabled.setHelperText(UiText.t("notifications.settings.email-enabled.help"));
        return s;
    }

    private Section digestSection() {
        rhythm.setId("digest-rhythm");
        rhythm.setItems(DigestRhythm.values());
        rhythm.setItemLabelGenerator(r -> UiText.t("notifications.rhythm." + r.name().toLowerCase(java.util.Locale.ROOT)));
        rhythm.addValueChangeListener(e -> day.setEnabled(e.getValue() == DigestRhythm.WEEKLY));
        day.setId("digest-day");
        day.setLabel(UiText.t("notifications.settings.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, AccordI18n.supported(getLocale())));
        hour.setId("digest-hour");
        hour.setLabel(UiText.t("notifications.settings.hour"));
        hour.setItems(IntStream.range(0, 24).boxed().toList());
        hour.setItemLabelGenerator(h -> String.format("%02d:00", h));
        timeZone.setId("time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> !z.startsWith("SystemV/")).sorted().toList());
        timeZone.setWidth("min(100%, 22em)");
        timeZone.setHelperText(UiText.t("notifications.settings.time-zone.help"));
        Div fields = new Div(rhythm, day, hour, timeZone);
        fields.addClassName("digest-fields");
        Section s = new Section(new H2(UiText.t("notifications.settings.digest.heading")), fields, saveButton());
        s.addClassName("panel");
        return s;
    }

    private Button saveButton() {
        Button save = new Button(UiText.t("notifications.settings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-notification-settings");
        return save;
    }

    private Section bouncesSection() {
        bounces.setId("email-bounces");
        Section s = new Section(new H2(UiText.t("notifications.settings.bounces.heading")), bounces);
        s.addClassName("panel");
        return s;
    }

    private void save() {
        Map<NotificationTopic, EmailMode> chosen = new EnumMap<>(NotificationTopic.class);
        modes.forEach((topic, group) -> {
            if (!current.mandatory().contains(topic) && group.getValue() != null) {
                chosen.put(topic, group.getValue());
            }
        });
        if (hour.getValue() == null || rhythm.getValue() == null || day.getValue() == null) {
            UiText.notify(UiText.t("notifications.settings.incomplete"), true);
            return;
        }
        NotificationPreferences wanted = new NotificationPreferences(chosen, current.mandatory(), rhythm.getValue(),
                hour.getValue(), day.getValue(), emailEnabled.getValue(), timeZone.getValue(), current.language(),
                current.email(), current.emailSuspended());
        try {
            current = notifications.updateMyPreferences(wanted);
        } catch (InvalidInputException e) {
            UiText.notify(UiText.t("notifications.settings.refused", UiText.problem(e)), true);
            return;
        }
        show(current);
        // Deadlines on this page follow the new zone at once, not only from the next page load.
        com.vaadin.flow.component.ComponentUtil.setData(com.vaadin.flow.component.UI.getCurrent(), LocalAndUtc.ACCOUNT_ZONE, current.timeZone());
        UiText.notify(UiText.t("notifications.settings.saved"), false);
    }

    private void show(NotificationPreferences p) {
        modes.forEach((topic, group) -> {
            boolean mandatory = p.mandatory().contains(topic);
            group.setValue(mandatory ? EmailMode.IMMEDIATE : p.modeOf(topic));
            group.setReadOnly(mandatory);
            group.getElement().setAttribute("data-mandatory", Boolean.toString(mandatory));
            if (mandatory) {
                Icon lock = new Icon("vaadin", "lock");
                lock.getElement().setAttribute("aria-hidden", "true");
                lock.addClassName("lock");
                group.setHelperComponent(new Span(lock, new Span(UiText.t("notifications.settings.mandatory"))));
            } else {
                group.setHelperComponent(null);
            }
        });
        rhythm.setValue(p.rhythm());
        day.setValue(p.digestDay());
        day.setEnabled(p.rhythm() == DigestRhythm.WEEKLY);
        hour.setValue(p.digestHour());
        emailEnabled.setValue(p.emailEnabled());
        if (p.timeZone() != null && knownZone(p.timeZone())) {
            timeZone.setValue(p.timeZone());
            timeZone.setHelperText(UiText.t("notifications.settings.time-zone.help"));
        }
        email.setValue(p.email() == null ? "" : p.email());
        email.setInvalid(false);
        emailState.removeAll();
        if (p.email() == null) {
            emailState.add(new Paragraph(UiText.t("notifications.settings.email.none")));
        } else if (p.emailSuspended()) {
            Paragraph warning = new Paragraph(UiText.t("notifications.settings.email.suspended", p.email()));
            warning.addClassName("warning");
            emailState.add(warning);
        }
        showBounces();
    }

    private void showBounces() {
        bounces.removeAll();
        List<EmailBounce> list = notifications.myBounces();
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(UiText.t("notifications.settings.bounces.none"));
            none.addClassName("empty");
            bounces.add(none);
            return;
        }
        UnorderedList ul = new UnorderedList();
        list.forEach(b -> ul.add(bounceLine(b, "notifications")));
        bounces.add(ul);
    }

    /**
     * "Your address a@b.org bounced on …: 550 user unknown (permanent)" as a list item; {@code keys} "notifications" or
     * "users". Address and time sit in {@code <bdi dir="ltr">}, so they keep their order inside Arabic text.
     */
    static ListItem bounceLine(EmailBounce b, String keys) {
        String[] isolated = {b.email(), Timestamps.localAndUtc(b.at())};
        // Markers stand in for the isolated parts while the sentence is put together in the page's language.
        String text = UiText.t(keys + (b.permanent() ? ".bounce.permanent" : ".bounce.temporary"),
                "\u0001", "\u0002", Objects.requireNonNullElse(b.reason(), "—").replaceAll("\\p{Cntrl}", " "));
        ListItem item = new ListItem();
        StringBuilder plain = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u0001' || c == '\u0002') {
                item.getElement().appendChild(Element.createText(plain.toString()));
                plain.setLength(0);
                item.getElement().appendChild(new Element("bdi").setAttribute("dir", "ltr").setText(isolated[c - 1]));
            } else {
                plain.append(c);
            }
        }
        item.getElement().appendChild(Element.createText(plain.toString()));
        return item;
    }

    private static boolean knownZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
