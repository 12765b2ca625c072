//go:build no_runtime_type_checking

package storageclassv1

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_StorageClassV1AllowedTopologiesMatchLabelExpressionsList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesMatchLabelExpressionsList) validateGetParameters(index *float64) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1AllowedTopologiesMatchLabelExpressionsList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1AllowedTopologiesMatchLabelExpressionsList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1AllowedTopologiesMatchLabelExpressionsList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1AllowedTopologiesMatchLabelExpressionsList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1AllowedTopologiesMatchLabelExpressionsList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewStorageClassV1AllowedTopologiesMatchLabelExpressionsListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

