//go:build no_runtime_type_checking

package release

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_Release) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (r *jsiiProxy_Release) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateImportFromParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (r *jsiiProxy_Release) validateMoveToIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_Release) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (r *jsiiProxy_Release) validatePutPostrenderParameters(value *ReleasePostrender) error {
	return nil
}

func (r *jsiiProxy_Release) validatePutSetParameters(value interface{}) error {
	return nil
}

func (r *jsiiProxy_Release) validatePutSetListParameters(value interface{}) error {
	return nil
}

func (r *jsiiProxy_Release) validatePutSetSensitiveParameters(value interface{}) error {
	return nil
}

func (r *jsiiProxy_Release) validatePutSetWoParameters(value interface{}) error {
	return nil
}

func (r *jsiiProxy_Release) validatePutTimeoutsParameters(value *ReleaseTimeouts) error {
	return nil
}

func validateRelease_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateRelease_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRelease_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateRelease_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetAtomicParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetChartParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetCleanupOnFailParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetCreateNamespaceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetDependencyUpdateParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetDevelParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetDisableCrdHooksParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetDisableOpenapiValidationParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetDisableWebhooksParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetForceUpdateParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetKeyringParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetLintParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetMaxHistoryParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetNamespaceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetPassCredentialsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetRecreatePodsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetRenderSubchartNotesParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetReplaceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetRepositoryParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetRepositoryCaFileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetRepositoryCertFileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetRepositoryKeyFileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetRepositoryPasswordParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetRepositoryUsernameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetResetValuesParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetReuseValuesParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetSetWoRevisionParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetSkipCrdsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetTakeOwnershipParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetTimeoutParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetUpgradeInstallParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetValuesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetVerifyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetVersionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetWaitParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Release) validateSetWaitForJobsParameters(val interface{}) error {
	return nil
}

func validateNewReleaseParameters(scope constructs.Construct, id *string, config *ReleaseConfig) error {
	return nil
}

