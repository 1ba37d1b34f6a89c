package cat.teixit.logic.casefile;

import static cat.teixit.logic.common.FormFields.field;

import cat.teixit.logic.common.FormFields;
import cat.teixit.model.casefile.Person;
import java.util.LinkedHashSet;
import java.util.Set;

/** The person form's fields and where each is kept in a {@link Person}. Immutable and thread-safe. */
final class PersonFields {

    static final FormFields<Person, PersonForm> FIELDS = new FormFields<>(PersonForm.class,
            field("givenName", PersonForm::givenName, Person::getGivenName, Person::setGivenName),
            field("surname1", PersonForm::surname1, Person::getSurname1, Person::setSurname1),
            field("surname2", PersonForm::surname2, Person::getSurname2, Person::setSurname2),
            field("docType", PersonForm::docType, Person::getIdDocType, Person::setIdDocType),
            field("docNumber", PersonForm::docNumber, Person::getIdDocNumber, Person::setIdDocNumber),
            field("birthDate", PersonForm::birthDate, Person::getBirthDate, Person::setBirthDate),
            field("sex", PersonForm::sex, Person::getSex, Person::setSex),
            field("nationality", PersonForm::nationality, Person::getNationality, Person::setNationality),
            field("motherTongue", PersonForm::motherTongue, Person::getMotherTongue, Person::setMotherTongue),
            field("phone", PersonForm::phone, Person::getPhone, Person::setPhone),
            field("email", PersonForm::email, Person::getEmail, Person::setEmail),
            field("address", PersonForm::address, Person::getAddress, Person::setAddress),
            field("municipality", PersonForm::municipality, Person::getMunicipality, Person::setMunicipality),
            field("district", PersonForm::district, Person::getDistrict, Person::setDistrict),
            field("healthCard", PersonForm::healthCard, Person::getHealthCard, Person::setHealthCard),
            field("disabilityDegree", PersonForm::disabilityDegree, Person::getDisabilityDegree,
                    Person::setDisabilityDegree),
            field("dependencyGrade", PersonForm::dependencyGrade, Person::getDependencyGrade, Person::setDependencyGrade),
            field("civilStatus", PersonForm::civilStatus, Person::getCivilStatus, Person::setCivilStatus),
            field("educationLevel", PersonForm::educationLevel, Person::getEducationLevel, Person::setEducationLevel),
            field("employment", PersonForm::employment, Person::getEmployment, Person::setEmployment),
            field("incomeNotes", PersonForm::incomeNotes, Person::getIncomeNotes, Person::setIncomeNotes));

    private PersonFields() {
    }

    /** The fields a merge fills on the surviving record from the duplicate (the document as a pair). */
    static Set<String> fillable() {
        Set<String> names = new LinkedHashSet<>(FIELDS.names());
        names.removeAll(PersonForm.DOCUMENT);
        names.remove("givenName");
        return names;
    }
}
