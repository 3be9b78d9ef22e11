package org.accord.identity;

import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.identity.internal.UserAccount;
import org.accord.identity.internal.UserAccountRepository;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Accounts: the module's public API. */
@Service
@Transactional(readOnly = true)
public class IdentityService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final AuditTrail audit;

    IdentityService(UserAccountRepository users, PasswordEncoder encoder, AuditTrail audit,
                    @Value("${accord.identity.password-min-length:" + PasswordPolicy.DEFAULT_MIN_LENGTH + "}") int passwordMinLength) {
        this.audit = audit;
        this.users = users;
        this.encoder = encoder;
        this.passwords = new PasswordPolicy(passwordMinLength);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID createUser(NewUser user) {
        String username = user.username() == null ? "" : user.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("identity.username.invalid");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new InvalidInputException("identity.display-name.required", username);
        }
        passwords.check(username, user.password());
        if (users.existsByUsername(username)) {
            throw new InvalidInputException("identity.username.taken", username);
        }
        UserAccount account = new UserAccount(username, user.displayName().trim(), EmailAddresses.normalize(user.email()),
                encoder.encode(user.password()), user.platformRoles());
        UUID id = users.save(account).getId();
        audit.record(AuditEntry.of(AuditKind.USER_CREATED, "user", id, username).after("displayName", account.getDisplayName(),
                "platformRoles", roles(account.getPlatformRoles()), "source", "local"));
        return id;
    }

    /** Platform roles as stable text for the audit log, e.g. "ADMIN,SECRETARIAT". */
    public static String roles(java.util.Collection<org.accord.shared.security.PlatformRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase(Locale.ROOT)).map(IdentityService::summary);
    }

    @PreAuthorize("isAuthenticated()")
    public UserSummary get(UUID id) {
        return users.findById(id).map(IdentityService::summary).orElseThrow(() -> new NotFoundException("User", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> listUsers() {
        return users.findAll().stream().map(IdentityService::summary)
                .sorted(java.util.Comparator.comparing(UserSummary::username)).toList();
    }

    /** Display names by user id, for showing who did what. Unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        users.findAllById(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(u -> names.put(u.getId(), u.getDisplayName()));
        return names;
    }

    /** The interface language the signed-in user chose, if any (ISO 639-1). */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> myLanguage() {
        return currentUser().flatMap(u -> users.findById(u.userId())).map(UserAccount::getPreferredLanguage);
    }

    /** Remembers the signed-in user's interface language (ISO 639-1, e.g. "ar"), on every device they use. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyLanguage(String language) {
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new InvalidInputException("identity.language.invalid");
        }
        AccordUser me = currentUser().orElseThrow();
        users.findById(me.userId()).ifPresent(a -> a.setPreferredLanguage(language));
    }

    /** Changes the signed-in user's email address (checked strictly; blank removes it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyEmail(String email) {
        String normalized = EmailAddresses.normalize(email);
        AccordUser me = currentUser().orElseThrow();
        users.findById(me.userId()).ifPresent(a -> {
            if (!java.util.Objects.equals(a.getEmail(), normalized)) {
                audit.record(AuditEntry.of(AuditKind.EMAIL_CHANGED, "user", a.getId(), a.getUsername())
                        .before("email", a.getEmail()).after("email", normalized));
            }
            a.setEmail(normalized);
        });
    }

    /** The signed-in user's time zone (IANA id), if known. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> myTimeZone() {
        return currentUser().flatMap(u -> users.findById(u.userId())).map(UserAccount::getTimeZone);
    }

    /** Remembers the signed-in user's time zone, an IANA id such as Europe/Paris (e.g. read from the browser). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyTimeZone(String zoneId) {
        String zone = validZone(zoneId);
        AccordUser me = currentUser().orElseThrow();
        users.findById(me.userId()).ifPresent(a -> a.setTimeZone(zone));
    }

    /** Sets a person's time zone for system work (a signed preferences link names them); see {@link #setMyTimeZone}. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public void setTimeZone(UUID userId, String zoneId) {
        String zone = validZone(zoneId);
        users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId)).setTimeZone(zone);
    }

    /** How to reach the signed-in user: their own contact, without the staff rights {@link #contacts} needs. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Contact> myContact() {
        return currentUser().flatMap(u -> users.findById(u.userId())).map(a -> new Contact(a.getId(), a.getUsername(),
                a.getDisplayName(), a.getEmail(), a.getPreferredLanguage(), a.getTimeZone(), a.isEnabled()));
    }

    /** How to reach these people (system work such as notifications); unknown ids are left out. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public java.util.Map<UUID, Contact> contacts(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, Contact> out = new java.util.HashMap<>();
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            users.contacts(wanted).forEach(c -> out.put(c.id(), c));
        }
        return out;
    }

    private static String validZone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return null;
        }
        try {
            return java.time.ZoneId.of(zoneId.strip()).getId();
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException("identity.time-zone.invalid", zoneId.strip().replaceAll("\\p{Cntrl}", "?"));
        }
    }

    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    /** The signed-in user, if any. */
    public static Optional<AccordUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccordUser u ? Optional.of(u) : Optional.empty();
    }

    /** Who is acting: the signed-in user's id, or {@link org.accord.shared.security.SystemActor#ID} for system work. */
    public static UUID actorId() {
        return currentUser().map(AccordUser::userId).orElse(org.accord.shared.security.SystemActor.ID);
    }

    private static UserSummary summary(UserAccount a) {
        return new UserSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.isEnabled(),
                java.util.Set.copyOf(a.getPlatformRoles()));
    }
}
