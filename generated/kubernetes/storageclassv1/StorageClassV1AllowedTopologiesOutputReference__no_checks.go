//go:build no_runtime_type_checking

package storageclassv1

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validatePutMatchLabelExpressionsParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateSetInternalValueParameters(val *StorageClassV1AllowedTopologies) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1AllowedTopologiesOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewStorageClassV1AllowedTopologiesOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

