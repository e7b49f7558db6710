package com.necxian.refunds.policy.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.necxian.refunds.web.security.Role;

/** Who is signed in to the console, for every console page: their name and what their roles let them do. */
@ControllerAdvice(assignableTypes = {ReviewConsole.class, PolicyConsole.class})
class ConsolePerson {

    record Person(String name, boolean reviewer, boolean owner) {
    }

    @ModelAttribute("person")
    Person person(Authentication authentication) {
        return of(authentication);
    }

    static Person of(Authentication authentication) {
        return new Person(authentication.getName(), has(authentication, Role.REVIEWER),
                has(authentication, Role.POLICY_OWNER));
    }

    static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(role.authority()));
    }
}
