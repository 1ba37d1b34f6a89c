package cat.teixit.logic.casefile;

import static cat.teixit.logic.common.FormFields.field;

import cat.teixit.logic.common.FormFields;
import cat.teixit.model.casefile.Household;

/**
 * A household's housing as the household tab edits it: tenure code, notes, address, municipality
 * code and district. Immutable.
 */
public record HousingForm(String tenure, String notes, String address, String municipality, String district) {

    static final FormFields<Household, HousingForm> FIELDS = new FormFields<>(HousingForm.class,
            field("tenure", HousingForm::tenure, Household::getHousingTenure, Household::setHousingTenure),
            field("notes", HousingForm::notes, Household::getHousingNotes, Household::setHousingNotes),
            field("address", HousingForm::address, Household::getAddress, Household::setAddress),
            field("municipality", HousingForm::municipality, Household::getMunicipality, Household::setMunicipality),
            field("district", HousingForm::district, Household::getDistrict, Household::setDistrict));

    /** The housing of a case file's household, as stored. */
    public static HousingForm of(CaseFileDetails d) {
        return new HousingForm(d.housingTenure(), d.housingNotes(), d.address(), d.municipality(), d.district());
    }
}
