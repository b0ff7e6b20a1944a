package org.tomoni.accounts.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonalDataSection;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.PhoneNumber;

/**
 * The texts and calls between Tomoni and a person's phone: part of their data download, and forgotten with their
 * account. Messaging knows numbers, not people, so accounts asks on the person's behalf.
 */
@Component
class MessagesKept implements PersonalDataSection, PersonalDataEraser {

    private final Messages messages;

    MessagesKept(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public Object dataOf(Person person) {
        return person.phone() == null ? List.of() : messages.historyOf(person.phone());
    }

    @Override
    public void erase(Person person) {
        if (person.phone() != null) {
            messages.forget(person.phone());
        }
    }

    @Override
    public void eraseNumber(PhoneNumber number) {
        messages.forget(number);
    }
}
