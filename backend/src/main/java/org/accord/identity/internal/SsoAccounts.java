package org.accord.identity.internal;

import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.identity.SsoGroupSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local account behind a single sign-on. The first sign-in links an existing account of the same user name (one
 * not yet linked to another subject) or creates one; later sign-ins find it by (issuer, subject). Each sign-in, and
 * each bearer token, brings name, e-mail, platform roles and working-group groups up to date, so a role removed in
 * Keycloak is gone at the next token.
 */
@Service
public class SsoAccounts {

    private static final Logger log = LoggerFactory.getLogger(SsoAccounts.class);

    private final UserAccountRepository users;
    private final AccordUserDetailsService details;
    private final List<SsoGroupSync> groupSyncs;

    private final AuditTrail audit;

    SsoAccounts(UserAccountRepository users, AccordUserDetailsService details, List<SsoGroupSync> groupSyncs, AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.details = details;
        this.groupSyncs = groupSyncs;
    }

    @Transactional
    public AccordUser signIn(String issuer, Map<String, Object> claimMap) {
        KeycloakClaims claims = new KeycloakClaims(claimMap);
        if (claims.subject() == null || claims.username() == null) {
            throw new DisabledException("The identity provider sent no subject or user name");
        }
        UserAccount account = users.findByExternalIssuerAndExternalSubject(issuer, claims.subject())
                .orElseGet(() -> link(issuer, claims));
        if (!account.isEnabled()) {
            throw new DisabledException("This account is disabled in Accord");
        }
        boolean created = !users.existsById(account.getId());
        String rolesBefore = IdentityService.roles(account.getPlatformRoles());
        account.updateFromProvider(claims.displayName(), providerEmail(claims.email()), claims.platformRoles());
        users.saveAndFlush(account);
        String rolesAfter = IdentityService.roles(account.getPlatformRoles());
        if (created) {
            audit.record(AuditEntry.of(AuditKind.USER_CREATED, "user", account.getId(), account.getUsername())
                    .after("displayName", account.getDisplayName(), "platformRoles", rolesAfter, "source", "single sign-on"));
        } else if (!rolesBefore.equals(rolesAfter)) {
            audit.record(AuditEntry.of(AuditKind.PLATFORM_ROLES_CHANGED, "user", account.getId(), account.getUsername())
                    .before("platformRoles", rolesBefore).after("platformRoles", rolesAfter, "source", "single sign-on"));
        }
        groupSyncs.forEach(s -> s.syncGroups(account.getId(), claims.groups()));
        return details.loadUserByUsername(account.getUsername());
    }

    private UserAccount link(String issuer, KeycloakClaims claims) {
        Optional<UserAccount> sameName = users.findByUsername(claims.username());
        if (sameName.isPresent() && sameName.get().getExternalSubject() == null) {
            log.info("Linking local account {} to {} subject {}", claims.username(), issuer, claims.subject());
            UserAccount a = sameName.get();
            a.linkExternal(issuer, claims.subject());
            return a;
        }
        // The name belongs to another linked account (renamed at the provider): keep both apart.
        String username = claims.username();
        for (int i = 2; users.existsByUsername(username); i++) {
            username = claims.username() + "-" + i;
        }
        log.info("Creating account {} for {} subject {}", username, issuer, claims.subject());
        UserAccount a = new UserAccount(username, claims.displayName(), providerEmail(claims.email()), null, claims.platformRoles());
        a.linkExternal(issuer, claims.subject());
        return a;
    }

    /** A provider's malformed address is dropped rather than failing the sign-in. */
    private static String providerEmail(String email) {
        return org.accord.identity.EmailAddresses.isValid(email) ? org.accord.identity.EmailAddresses.normalize(email) : null;
    }
}
