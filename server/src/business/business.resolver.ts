import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { Audited } from '../graphql/admin-guard';
import type { Context } from '../graphql/context';
import { BusinessSettingsInput } from './business.inputs';
import { BusinessSettings } from './business.types';

/** Staff read the settings (the quote form offers the tax rates); only owners change them (auth/roles.ts). */
@Resolver(() => BusinessSettings)
export class BusinessResolver {
  @Query(() => BusinessSettings)
  businessSettings(@Ctx() { em, services }: Context) {
    return services.business.current(em);
  }

  @Audited('SETTINGS_CHANGED')
  @Mutation(() => BusinessSettings, {
    description: 'Fields left out keep their value; null puts one back to its default',
  })
  updateBusinessSettings(
    @Arg('input', () => BusinessSettingsInput) input: BusinessSettingsInput,
    @Ctx() { em, services }: Context,
  ) {
    return services.business.update(em, input);
  }
}
