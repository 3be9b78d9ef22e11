package org.accord.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {
    Optional<UserAccount> findByUsername(String username);
    boolean existsByUsername(String username);
    Optional<UserAccount> findByExternalIssuerAndExternalSubject(String issuer, String subject);

    /**
     * Claims the right to apply a token to a linked account: true unless a token as new (or the same one) was applied
     * meanwhile. The row lock it takes makes concurrent sign-ins of one person apply their tokens one after the other.
     */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true, flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update UserAccount a set a.ssoSyncedAt = :at, a.ssoClaimsDigest = :digest "
            + "where a.id = :id and (a.ssoSyncedAt is null or a.ssoSyncedAt < :at "
            + "or (a.ssoSyncedAt = :at and (a.ssoClaimsDigest is null or a.ssoClaimsDigest <> :digest)))")
    int claimSync(@org.springframework.data.repository.query.Param("id") UUID id,
                  @org.springframework.data.repository.query.Param("at") java.time.Instant at,
                  @org.springframework.data.repository.query.Param("digest") String digest);

    /** Contact details without loading the accounts (and their eagerly fetched roles): one query for thousands. */
    @org.springframework.data.jpa.repository.Query("select new org.accord.identity.Contact(a.id, a.username, a.displayName, "
            + "a.email, a.preferredLanguage, a.timeZone, a.enabled) from UserAccount a where a.id in :ids")
    java.util.List<org.accord.identity.Contact> contacts(@org.springframework.data.repository.query.Param("ids")
                                                         java.util.Collection<UUID> ids);
}
