//go:build no_runtime_type_checking

package namespacev1

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_NamespaceV1) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateImportFromParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateMoveToIdParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validatePutMetadataParameters(value *NamespaceV1Metadata) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1) validatePutTimeoutsParameters(value *NamespaceV1Timeouts) error {
	return nil
}

func validateNamespaceV1_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateNamespaceV1_IsConstructParameters(x interface{}) error {
	return nil
}

func validateNamespaceV1_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateNamespaceV1_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1) validateSetWaitForDefaultServiceAccountParameters(val interface{}) error {
	return nil
}

func validateNewNamespaceV1Parameters(scope constructs.Construct, id *string, config *NamespaceV1Config) error {
	return nil
}

