//go:build no_runtime_type_checking

package datahelmtemplate

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataHelmTemplate) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validatePutPostrenderParameters(value *DataHelmTemplatePostrender) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validatePutSetParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validatePutSetListParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validatePutSetSensitiveParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validatePutSetWoParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataHelmTemplate) validatePutTimeoutsParameters(value *DataHelmTemplateTimeouts) error {
	return nil
}

func validateDataHelmTemplate_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataHelmTemplate_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataHelmTemplate_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataHelmTemplate_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetApiVersionsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetAtomicParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetChartParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetCrdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetCreateNamespaceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetDependencyUpdateParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetDevelParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetDisableOpenapiValidationParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetDisableWebhooksParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetIncludeCrdsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetIsUpgradeParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetKeyringParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetKubeVersionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetManifestParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetManifestsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetNamespaceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetNotesParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetPassCredentialsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetRenderSubchartNotesParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetReplaceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetRepositoryParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetRepositoryCaFileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetRepositoryCertFileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetRepositoryKeyFileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetRepositoryPasswordParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetRepositoryUsernameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetResetValuesParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetReuseValuesParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetShowOnlyParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetSkipCrdsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetSkipTestsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetTimeoutParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetValidateParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetValuesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetVerifyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetVersionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataHelmTemplate) validateSetWaitParameters(val interface{}) error {
	return nil
}

func validateNewDataHelmTemplateParameters(scope constructs.Construct, id *string, config *DataHelmTemplateConfig) error {
	return nil
}

