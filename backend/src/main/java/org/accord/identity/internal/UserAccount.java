package org.accord.identity.internal;

import jakarta.persistence.*;
import org.accord.shared.security.PlatformRole;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "preferred_language")
    private String preferredLanguage;
    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "external_issuer")
    private String externalIssuer;

    @Column(name = "external_subject")
    private String externalSubject;

    @Column(name = "sso_synced_at")
    private Instant ssoSyncedAt;

    @Column(name = "sso_claims_digest")
    private String ssoClaimsDigest;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_platform_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<PlatformRole> platformRoles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Set<PlatformRole> roles) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
        this.platformRoles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    }

    public UUID getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isEnabled() { return enabled; }
    public Set<PlatformRole> getPlatformRoles() { return platformRoles; }
    public String getExternalIssuer() { return externalIssuer; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String language) { this.preferredLanguage = language; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public void setEmail(String email) { this.email = email; }
    public String getExternalSubject() { return externalSubject; }

    /** Links this account to an identity-provider subject; from then on the provider's details win. */
    public void linkExternal(String issuer, String subject) {
        this.externalIssuer = issuer;
        this.externalSubject = subject;
    }

    public boolean isLinked() { return externalSubject != null; }

    /**
     * Whether a provider token issued at {@code issuedAt} with claims {@code digest} should be applied: not when a
     * later token was applied already (it would undo what that one removed), nor when it is the same one again.
     */
    public boolean needsSync(Instant issuedAt, String digest) {
        return ssoSyncedAt == null || issuedAt.isAfter(ssoSyncedAt)
                || (issuedAt.equals(ssoSyncedAt) && !digest.equals(ssoClaimsDigest));
    }

    public void markSynced(Instant issuedAt, String digest) {
        this.ssoSyncedAt = issuedAt;
        this.ssoClaimsDigest = digest;
    }

    public String getSsoClaimsDigest() { return ssoClaimsDigest; }

    public void updateFromProvider(String displayName, String email, Set<PlatformRole> roles) {
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName;
        }
        if (email != null && !email.isBlank()) {
            this.email = email;
        }
        if (!platformRoles.equals(roles)) { // replacing an equal set would rewrite its rows on every token
            this.platformRoles.clear();
            this.platformRoles.addAll(roles);
        }
    }
}
