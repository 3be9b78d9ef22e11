package org.accord.identity.internal;

import org.accord.identity.AccordUser;
import org.accord.identity.EmailAddresses;
import org.accord.identity.IdentityService;
import org.accord.identity.SsoGroupSync;
import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.shared.security.PlatformRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local account behind a single sign-on. The first sign-in links an existing account of the same user name (only
 * when the provider has verified the same e-mail address, and never an administrator's) or creates one; later
 * sign-ins find it by (issuer, subject). A token newer than the last one applied brings name, e-mail, platform roles
 * and working-group memberships up to date; an older token changes nothing (it would bring back what a newer one
 * removed), and the same token again writes nothing.
 */
@Service
public class SsoAccounts {

    private static final Logger log = LoggerFactory.getLogger(SsoAccounts.class);
    /** Two first sign-ins of one person at once: the loser's insert hits a unique index, and a retry finds the account. */
    private static final int ATTEMPTS = 3;

    private final UserAccountRepository users;
    private final AccordUserDetailsService details;
    private final List<SsoGroupSync> groupSyncs;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    SsoAccounts(UserAccountRepository users, AccordUserDetailsService details, List<SsoGroupSync> groupSyncs,
                AuditTrail audit, PlatformTransactionManager transactions) {
        this.users = users;
        this.details = details;
        this.groupSyncs = groupSyncs;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    public AccordUser signIn(String issuer, Map<String, Object> claimMap) {
        KeycloakClaims claims = new KeycloakClaims(claimMap);
        if (claims.subject() == null || claims.username() == null) {
            throw new DisabledException("The identity provider sent no subject or user name");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> signInOnce(issuer, claims));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException | ConcurrentSignIn e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Concurrent sign-in of {} subject {}; trying again", issuer, claims.subject());
            }
        }
    }

    private AccordUser signInOnce(String issuer, KeycloakClaims claims) {
        Instant issuedAt = Optional.ofNullable(claims.issuedAt()).orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String digest = claims.digest();
        Optional<UserAccount> found = users.findByExternalIssuerAndExternalSubject(issuer, claims.subject());
        if (found.isPresent()) {
            UserAccount account = found.get();
            if (!account.isEnabled()) {
                throw new DisabledException("This account is disabled in Accord");
            }
            // Reading is enough for a token already applied or older than one that was: no write per API call.
            if (!account.needsSync(issuedAt, digest) || users.claimSync(account.getId(), issuedAt, digest) == 0) {
                return details.loadUserByUsername(account.getUsername());
            }
            UserAccount locked = users.findById(account.getId()).orElseThrow();
            if (!locked.isEnabled()) {
                throw new DisabledException("This account is disabled in Accord");
            }
            return apply(locked, claims, issuedAt, digest, false, false);
        }
        Optional<UserAccount> sameName = users.findByUsername(claims.username());
        if (sameName.isPresent() && !sameName.get().isLinked()) {
            refuseUnsafeLink(sameName.get(), claims);
            // Locks the row: a parallel first sign-in of the same person waits here, then finds the account linked.
            if (users.claimSync(sameName.get().getId(), issuedAt, digest) == 0) {
                throw new ConcurrentSignIn();
            }
            UserAccount local = users.findById(sameName.get().getId()).orElseThrow();
            if (local.isLinked()) {
                throw new ConcurrentSignIn();
            }
            if (!local.isEnabled()) {
                throw new DisabledException("This account is disabled in Accord");
            }
            log.info("Linking local account {} to {} subject {}", local.getUsername(), issuer, claims.subject());
            local.linkExternal(issuer, claims.subject());
            return apply(local, claims, issuedAt, digest, false, true);
        }
        // No such name, or it belongs to another linked account (renamed or re-created at the provider): a new account.
        String username = claims.username();
        for (int i = 2; users.existsByUsername(username); i++) {
            username = claims.username() + "-" + i;
        }
        log.info("Creating account {} for {} subject {}", username, issuer, claims.subject());
        UserAccount created = new UserAccount(username, claims.displayName(), providerEmail(claims.email()), null, claims.platformRoles());
        created.linkExternal(issuer, claims.subject());
        return apply(created, claims, issuedAt, digest, true, true);
    }

    /**
     * A provider account whose user name equals a local one may be someone else (anyone can pick a name there), so it
     * takes over the local account only with the same address, verified by the provider, and never an administrator's:
     * local administrators are the break-glass accounts and are linked by no one's claim.
     */
    private static void refuseUnsafeLink(UserAccount local, KeycloakClaims claims) {
        if (local.getPlatformRoles().contains(PlatformRole.ADMIN)) {
            log.warn("Not linking local administrator account {} to a provider account automatically", local.getUsername());
            throw new DisabledException("The local administrator account " + local.getUsername()
                    + " is not linked to single sign-on automatically; sign in with its local password");
        }
        String email = providerEmail(claims.email());
        if (!claims.emailVerified() || email == null || local.getEmail() == null
                || !email.equalsIgnoreCase(EmailAddresses.normalize(local.getEmail()))) {
            log.warn("Not linking local account {}: the provider's address is {}", local.getUsername(),
                    claims.emailVerified() ? "a different one" : "not verified");
            throw new DisabledException("An Accord account named " + local.getUsername()
                    + " exists, but the provider has not verified the same e-mail address; ask an administrator");
        }
    }

    private AccordUser apply(UserAccount account, KeycloakClaims claims, Instant issuedAt, String digest,
                             boolean created, boolean linking) {
        String rolesBefore = IdentityService.roles(account.getPlatformRoles());
        account.updateFromProvider(claims.displayName(), providerEmail(claims.email()), claims.platformRoles());
        account.markSynced(issuedAt, digest);
        users.saveAndFlush(account);
        String rolesAfter = IdentityService.roles(account.getPlatformRoles());
        if (created) {
            audit.record(AuditEntry.of(AuditKind.USER_CREATED, "user", account.getId(), account.getUsername())
                    .after("displayName", account.getDisplayName(), "platformRoles", rolesAfter, "source", "single sign-on"));
        } else if (!rolesBefore.equals(rolesAfter)) {
            audit.record(AuditEntry.of(AuditKind.PLATFORM_ROLES_CHANGED, "user", account.getId(), account.getUsername())
                    .before("platformRoles", rolesBefore).after("platformRoles", rolesAfter, "source", "single sign-on"));
        }
        groupSyncs.forEach(s -> s.syncGroups(account.getId(), claims.groups(), linking));
        return details.loadUserByUsername(account.getUsername());
    }

    /** Another sign-in of the same person got there first: run again and find what it stored. */
    private static final class ConcurrentSignIn extends RuntimeException {
        ConcurrentSignIn() {
            super(null, null, false, false);
        }
    }

    /** A provider's malformed address is dropped rather than failing the sign-in. */
    private static String providerEmail(String email) {
        return EmailAddresses.isValid(email) ? EmailAddresses.normalize(email) : null;
    }
}
