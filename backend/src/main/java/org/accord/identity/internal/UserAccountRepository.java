package org.accord.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {
    Optional<UserAccount> findByUsername(String username);
    boolean existsByUsername(String username);
    Optional<UserAccount> findByExternalIssuerAndExternalSubject(String issuer, String subject);

    /** Contact details without loading the accounts (and their eagerly fetched roles): one query for thousands. */
    @org.springframework.data.jpa.repository.Query("select new org.accord.identity.Contact(a.id, a.username, a.displayName, "
            + "a.email, a.preferredLanguage, a.timeZone, a.enabled) from UserAccount a where a.id in :ids")
    java.util.List<org.accord.identity.Contact> contacts(@org.springframework.data.repository.query.Param("ids")
                                                         java.util.Collection<UUID> ids);
}
