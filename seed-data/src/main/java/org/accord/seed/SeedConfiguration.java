package org.accord.seed;

import org.accord.crosswalk.CrosswalkService;
import org.accord.drafting.DraftingService;
import org.accord.identity.IdentityService;
import org.accord.membership.MembershipService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class SeedConfiguration {

    @Bean
    SeedLoader seedLoader(@Value("${accord.seed.location:classpath:seed/}") String location, IdentityService identity,
                          MembershipService membership, DraftingService drafting, CrosswalkService crosswalk,
                          PlatformTransactionManager transactions, org.accord.drafting.VersionService versions,
                          org.accord.commenting.CommentingService commenting,
                          org.springframework.security.core.userdetails.UserDetailsService users,
                          org.accord.membership.SeatService seats, org.accord.crosswalk.MappingService mappings,
                          org.accord.shared.cluster.ClusterLocks locks,
                          org.accord.drafting.TranslationService translations) {
        return new SeedLoader(location, identity, membership, drafting, crosswalk, new TransactionTemplate(transactions),
                versions, commenting, users, seats, mappings, locks, translations);
    }

    /** On start-up, before the app takes traffic: a broken seed file stops the start. */
    @Bean
    @ConditionalOnProperty(name = "accord.seed.enabled", havingValue = "true", matchIfMissing = true)
    ApplicationRunner loadSeedData(SeedLoader loader) {
        return args -> loader.loadIfEmpty();
    }
}
