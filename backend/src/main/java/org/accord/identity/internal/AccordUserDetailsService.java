package org.accord.identity.internal;

import org.accord.identity.AccordUser;
import org.accord.identity.AuthorityContributor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Service
public class AccordUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final List<AuthorityContributor> contributors;

    public AccordUserDetailsService(UserAccountRepository users, List<AuthorityContributor> contributors) {
        this.users = users;
        this.contributors = contributors;
    }

    @Override
    @Transactional(readOnly = true)
    public AccordUser loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        account.getPlatformRoles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        contributors.forEach(c -> c.authoritiesFor(account.getId()).forEach(a -> authorities.add(new SimpleGrantedAuthority(a))));
        String hash = account.getPasswordHash() == null ? "{noop}" + java.util.UUID.randomUUID() : account.getPasswordHash();
        return new AccordUser(account.getId(), account.getUsername(), account.getDisplayName(), hash, account.isEnabled(), authorities,
                account.isLinked());
    }
}
